import { headerFields } from "../../template/header-fields";
import { flattenIndicators } from "../../template/indicator-tree";
import { findingAt } from "../_lib/make-finding";
import type { Finding } from "../finding";
import { isReading } from "../reading";
import type { Rule } from "../rule";

/** A required cell left blank is an 错误: the unit's figures cannot be accepted without it. */
export const requiredRule: Rule = {
  id: "required",
  check({ reading }) {
    const findings: Finding[] = [];
    const blank = (status: string) => status === "empty";
    for (const field of headerFields(reading.template.periodKind)) {
      const read = reading.header[field.key];
      if (field.required && read && blank(read.status)) findings.push(findingAt(reading, read, "validate.required", "error"));
    }
    if (reading.template.kind === "indicators") {
      for (const { indicator } of flattenIndicators(reading.template)) {
        const read = reading.indicators.get(indicator.key);
        if (indicator.required && read && blank(read.status))
          findings.push(findingAt(reading, read, "validate.required", "error", {}, { code: "fix.fill-value", params: {} }));
      }
    } else {
      // A value read as it stands is not blank: only a reading made may be.
      const width = reading.template.columns.length;
      const required = reading.template.columns.flatMap((c, i) => (c.required ? [i] : []));
      const values = reading.entries.values;
      for (let at = 0; at < values.length; at += width)
        for (const c of required) {
          const read = values[at + c];
          if (isReading(read) && blank(read.status)) findings.push(findingAt(reading, read, "validate.required", "error"));
        }
    }
    return findings;
  },
};
