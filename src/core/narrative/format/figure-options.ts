import type { NumberQualifier } from "./formatted-number";

/** How a count, quantity or sum of money is written (shared by formatCount and formatMoney). */
export interface FigureOptions {
  /**
   * The most decimals shown (default 2); trailing zeros are dropped: 18.3万, 19.58万, 2.2亿. Below
   * 10,000 a whole number is written in full (9999), a quantity with this many decimals (12.35吨).
   */
  decimals?: number;
  /**
   * Decimals of a figure written in a larger magnitude than it was given in (default `decimals`):
   * reports write 18.3万余次 for 183,456 but keep a clerk's 12.35万只 as typed.
   */
  scaledDecimals?: number;
  /**
   * A figure whose size is below this is written in full, however large: with 100000, 13500人次 rather
   * than 1.35万人次 (reports write exact figures below 10万 in full). Default: 万 from 10,000.
   */
  exactBelow?: number;
  /**
   * `nearest` (default) rounds halves away from zero; `down` cuts, as in "20万余" (at least 20万); `up`
   * rounds away from zero, as in "近15万" (at most 15万).
   */
  rounding?: "nearest" | "down" | "up";
  /**
   * Mark a figure shown rounded to 万/亿 with 余/多 (rounded down) or 近 (rounded up): "20万余张",
   * "近15万人次". Off by default here, where two decimals of 万 already say a figure is rounded; the
   * narrative turns it on with one decimal (`scaledDecimals`), as reports write 18.3万余次, and the
   * `round` filter with decimals 0. A figure written in full never gets a marker.
   */
  approximate?: boolean;
  /** The word for "a little more than" when `approximate` rounds down: 余 (default) or 多. */
  downMarker?: "余" | "多";
  /** An estimate (of money, typically): write 约 before it, and no 余/近. */
  estimate?: boolean;
  /**
   * The qualifier the clerk typed with the figure ("300余" → 余), carried into the text as is. It wins
   * over `estimate` and `approximate`: the figure is already approximate, and "约近300" is not written.
   */
  qualifier?: NumberQualifier;
}
