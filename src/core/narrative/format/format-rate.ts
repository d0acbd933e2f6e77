import { assertFinite } from "./_lib/assert-input";
import { formatPercent } from "./format-percent";
import type { FormattedNumber } from "./formatted-number";

/**
 * numerator ÷ denominator as a percentage (复工率 = 已复工 ÷ 企业总数): 87.6%. The result's `value`
 * is the percentage (87.6).
 *
 * A zero denominator gives `undefined`, not "—": "—" belongs in a table cell, while a sentence about
 * a rate of nothing must be left out, and only the caller can decide how (skip the clause, or say
 * 无企业). A rate above 100% is written as it is (超额完成: 105%).
 */
export function formatRate(numerator: number, denominator: number, options: { decimals?: number } = {}): FormattedNumber | undefined {
  assertFinite(numerator);
  assertFinite(denominator);
  if (denominator === 0) return undefined;
  // Equal parts are exactly 100%, whatever float division makes of them.
  const percent = numerator === denominator ? 100 : (numerator * 100) / denominator;
  return formatPercent(percent, options);
}
