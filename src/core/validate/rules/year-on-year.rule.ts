import { tableColumns } from "../../template/table-cells";
import { clean } from "../../_lib/figures";
import { findingAt } from "../_lib/make-finding";
import { numberOf } from "../_lib/number-of";
import { valuesByRole } from "../_lib/row-values";
import type { Finding } from "../finding";
import type { Rule } from "../rule";

/**
 * Against 上年同期 on the same form: a 本期 figure changed by more than the threshold the 上年同期 column
 * states is 核实 unless the row's 备注 explains it — the same check as against the previous submission,
 * without needing last year's file.
 */
export const yearOnYearRule: Rule = {
  id: "year-on-year",
  check({ reading }) {
    const template = reading.template;
    if (template.kind !== "indicators") return [];
    const threshold = tableColumns(template).find((c) => c.role === "previous-year")?.changeThreshold;
    if (threshold === undefined) return [];
    const findings: Finding[] = [];
    for (const { byRole } of valuesByRole(template)) {
      if (!byRole.current || !byRole["previous-year"]) continue;
      const field = reading.indicators.get(byRole.current);
      const value = numberOf(reading, byRole.current);
      const before = numberOf(reading, byRole["previous-year"]);
      if (!field || value === undefined || before === undefined || before === 0 || field.kind === "percent") continue;
      const change = (value - before) / Math.abs(before);
      if (Math.abs(change) > threshold && !reading.notes.get(byRole.current)) {
        const params = { value, previous: before, change: clean(Math.round(change * 1000) / 10), threshold: clean(threshold * 100) };
        findings.push(findingAt(reading, field, "validate.year-on-year-needs-note", "verify", params, { code: "fix.add-note", params: {} }));
      }
    }
    return findings;
  },
};
