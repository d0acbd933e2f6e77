import { assertDecimals, assertFinite } from "./_lib/assert-input";
import { decimalDigits, roundDecimal, sameFigure } from "./_lib/decimal";
import type { FormattedNumber } from "./formatted-number";

/** How many more decimals a percentage may take to avoid a false 0% or 100%. */
const EXTRA_DECIMALS = 3;

/**
 * A percentage given in percent (87.6, not 0.876), with one decimal by default and trailing zeros
 * dropped: 87.6%, 100%, 0%, 50%, -3.2%.
 *
 * A rate that is not 0 or 100 is never shown as 0% or 100%: a 完成率 of 99.96% read as "100%" tells
 * the reader the work is done. Such a figure takes up to three more decimals (99.96%, 0.04%), and past
 * that is cut toward the inside (99.9999%).
 */
export function formatPercent(percent: number, options: { decimals?: number } = {}): FormattedNumber {
  assertFinite(percent);
  const decimals = options.decimals ?? 1;
  assertDecimals(decimals);
  let places = decimals;
  let shown = roundDecimal(percent, places);
  while (falseBoundary(percent, shown) && places < decimals + EXTRA_DECIMALS) {
    places += 1;
    shown = roundDecimal(percent, places);
  }
  if (falseBoundary(percent, shown)) shown = roundDecimal(percent, places, "down");
  if (falseBoundary(percent, shown)) shown = insideOf(percent, shown, places);
  const sign = shown < 0 ? "-" : "";
  return { text: `${sign}${decimalDigits(shown, places)}%`, value: percent };
}

function falseBoundary(percent: number, shown: number): boolean {
  return (shown === 0 || shown === 100) && !sameFigure(percent, shown);
}

/** One step of the last place away from the boundary, toward the raw value. */
function insideOf(percent: number, boundary: number, places: number): number {
  const step = 10 ** -places;
  return roundDecimal(percent > boundary ? boundary + step : boundary - step, places);
}
