import { defaultDecimals } from "../../layout/number-formats";
import { flattenIndicators, indicatorsByKey } from "../../template/indicator-tree";
import { clean } from "../../_lib/figures";
import { computedValue, roundsTo } from "../_lib/computed-value";
import { findingAt } from "../_lib/make-finding";
import { numberOf } from "../_lib/number-of";
import type { Finding } from "../finding";
import type { Rule } from "../rule";

/**
 * A typed rate is recomputed from its parts: off by more than the rounding of its decimals is an
 * 错误 (parts giving 6.1% against a typed 5.5%).
 */
export const rateRule: Rule = {
  id: "rate",
  check({ reading }) {
    if (reading.template.kind !== "indicators") return [];
    const byKey = indicatorsByKey(reading.template);
    const findings: Finding[] = [];
    for (const { indicator } of flattenIndicators(reading.template)) {
      const formula = indicator.formula;
      const field = reading.indicators.get(indicator.key);
      if (!formula || !field) continue;
      const numerator = numberOf(reading, formula.numerator);
      const denominator = numberOf(reading, formula.denominator);
      if (numerator === undefined || denominator === undefined) continue;
      const names = { numerator: byKey.get(formula.numerator)?.label ?? formula.numerator, denominator: byKey.get(formula.denominator)?.label ?? formula.denominator };
      if (denominator === 0) {
        if (numerator !== 0) findings.push(findingAt(reading, field, "validate.rate-zero-denominator", "error", { ...names, value: numerator }));
        continue;
      }
      const typed = numberOf(reading, indicator.key);
      const expected = computedValue(reading, indicator);
      if (typed === undefined || expected === undefined) continue;
      if (!roundsTo(typed, expected, indicator)) {
        const shown = clean(Number(expected.toFixed(indicator.decimals ?? defaultDecimals(indicator.kind))));
        findings.push(findingAt(reading, field, "validate.rate-mismatch", "error", { ...names, typed, expected: shown }, { code: "fix.use-value", params: { value: shown } }));
      }
    }
    return findings;
  },
};
