import { flattenIndicators } from "../../template/indicator-tree";
import { clean } from "../../_lib/figures";
import { findingAt } from "../_lib/make-finding";
import { numberOf } from "../_lib/number-of";
import type { Finding } from "../finding";
import type { Rule } from "../rule";

/**
 * Against the unit's previous submission: a cumulative (累计) figure must not fall (错误); a change
 * beyond the template's threshold is 核实 unless the 备注 explains it.
 */
export const previousPeriodRule: Rule = {
  id: "previous-period",
  check({ reading, previous }) {
    if (!previous || reading.template.kind !== "indicators") return [];
    const findings: Finding[] = [];
    for (const { indicator } of flattenIndicators(reading.template)) {
      const field = reading.indicators.get(indicator.key);
      const value = numberOf(reading, indicator.key);
      const before = numberOf(previous, indicator.key);
      if (!field || value === undefined || before === undefined) continue;
      if (indicator.cumulative && value < before) {
        findings.push(findingAt(reading, field, "validate.cumulative-fell", "error", { value, previous: before }));
        continue;
      }
      if (indicator.changeThreshold === undefined || before === 0) continue;
      const change = (value - before) / Math.abs(before);
      if (Math.abs(change) > indicator.changeThreshold && !reading.notes.get(indicator.key)) {
        findings.push(
          findingAt(reading, field, "validate.change-needs-note", "verify", { value, previous: before, change: clean(Math.round(change * 1000) / 10), threshold: clean(indicator.changeThreshold * 100) }, { code: "fix.add-note", params: {} }),
        );
      }
    }
    return findings;
  },
};
