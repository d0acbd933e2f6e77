import { findingAt } from "../_lib/make-finding";
import { numberOf } from "../_lib/number-of";
import { valuesByRole } from "../_lib/row-values";
import type { Finding } from "../finding";
import type { Rule } from "../rule";

/**
 * In a row with a 本期 and a 累计 figure, the 累计 includes the 本期: less is an 错误 (累计 ≥ 新增). Rates
 * and changes are not counts and are left to their own rules.
 */
export const cumulativeCurrentRule: Rule = {
  id: "cumulative-current",
  check({ reading }) {
    if (reading.template.kind !== "indicators") return [];
    const findings: Finding[] = [];
    for (const { byRole } of valuesByRole(reading.template)) {
      if (!byRole.current || !byRole.cumulative) continue;
      const field = reading.indicators.get(byRole.cumulative);
      const current = reading.indicators.get(byRole.current);
      const total = numberOf(reading, byRole.cumulative);
      const part = numberOf(reading, byRole.current);
      if (!field || !current || total === undefined || part === undefined || field.kind === "percent") continue;
      if (total < part) findings.push(findingAt(reading, field, "validate.cumulative-below-current", "error", { value: total, current: part, currentLabel: current.label }));
    }
    return findings;
  },
};
