import { defaultDecimals } from "../../layout/number-formats";
import { flattenIndicators } from "../../template/indicator-tree";
import { clean } from "../../_lib/figures";
import { findingAt } from "../_lib/make-finding";
import { computedValue, roundsTo } from "../_lib/computed-value";
import { numberOf } from "../_lib/number-of";
import type { Finding } from "../finding";
import type { Rule } from "../rule";

/**
 * A typed 同比增减 is recomputed from its row's figures: (本期 − 上年同期) ÷ 上年同期 × 100, or for a rate the
 * difference in 个百分点. Off by more than the rounding of its decimals is an 错误; a change against a base
 * of 0 cannot be stated, and a figure typed there is one too.
 */
export const changeRule: Rule = {
  id: "change",
  check({ reading }) {
    if (reading.template.kind !== "indicators") return [];
    const findings: Finding[] = [];
    for (const { indicator } of flattenIndicators(reading.template)) {
      const change = indicator.change;
      const field = reading.indicators.get(indicator.key);
      const typed = numberOf(reading, indicator.key);
      if (!change || !field || typed === undefined) continue;
      const current = numberOf(reading, change.current);
      const base = numberOf(reading, change.base);
      if (current === undefined || base === undefined) continue;
      const names = { current: reading.indicators.get(change.current)?.label ?? change.current, base: reading.indicators.get(change.base)?.label ?? change.base };
      if (!change.points && base === 0) {
        findings.push(findingAt(reading, field, "validate.change-of-zero", "error", { ...names, typed }));
        continue;
      }
      const expected = computedValue(reading, indicator);
      if (expected !== undefined && !roundsTo(typed, expected, indicator)) {
        const shown = clean(Number(expected.toFixed(indicator.decimals ?? defaultDecimals(indicator.kind))));
        findings.push(findingAt(reading, field, "validate.change-mismatch", "error", { ...names, typed, expected: shown }, { code: "fix.use-value", params: { value: shown } }));
      }
    }
    return findings;
  },
};
