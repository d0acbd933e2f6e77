import { figureText } from "./_lib/figure-text";
import type { FigureOptions } from "./figure-options";
import type { FormattedNumber } from "./formatted-number";

export interface CountOptions extends FigureOptions {
  /** The unit of measure written after the figure, with no space: 张, 人次, 万只. */
  unit?: string;
  /**
   * The power of ten the value is given in, with `unit` the base unit: 4 for a figure of a field in
   * 万只 written with unit 只, so 12.35 reads 12.35万只 (its own decimals kept) and 0.35 reads 3500只.
   */
  valueExponent?: number;
}

/**
 * A count or quantity as the narrative writes it (domain.md §6): Arabic digits, 万/亿 from 10,000 up
 * with at most two decimals (18.3万, 19.58万人, 2.2亿), the unit right after.
 *
 * Below 10,000 no thousands separator: Chinese reports write 9999人, not 9,999人.
 * Markers: see FigureOptions — off by default (123,456 → 12.35万); with `approximate` and decimals 0,
 * 203,000张 → 20万余张 and 148,600人次 → 近15万人次. A qualifier from the input travels:
 * 300 with 余 → 300余. The narrative writes its figures as reports do (exact below 10万, one decimal
 * with 余/近 above: see REPORT_NUMBER_STYLE), through `exactBelow` and `scaledDecimals`.
 */
export function formatCount(value: number, options: CountOptions = {}): FormattedNumber {
  return figureText(value, options.unit ?? "", options, { valueExponent: options.valueExponent ?? 0, minExponent: 0, fixed: false });
}
