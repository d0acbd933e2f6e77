import { figureText } from "./_lib/figure-text";
import type { FigureOptions } from "./figure-options";
import type { FormattedNumber } from "./formatted-number";

export type MoneyUnit = "元" | "万元" | "亿元";

const UNIT_EXPONENT: Record<MoneyUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

export interface MoneyOptions extends FigureOptions {
  /** Write the figure in the unit it was given in, however large (22000万元 stays 22000万元). */
  keepUnit?: boolean;
}

/**
 * A sum of money given in `unit` (the indicator's 计量单位), written with two decimals at most,
 * trailing zeros dropped: 930.95万元, 2.2亿元, 约1500万元 (`estimate`). It moves up to a larger unit
 * when it reaches 10,000 of its own (56000元 → 5.6万元, 22000万元 → 2.2亿元). It moves down only with
 * `exactBelow` (in 元): a sum below it is written in 元 in full, as reports write 5500元 rather than
 * 0.55万元; without it a clerk's 0.5万元 stays 0.5万元. `value` in the result is the raw figure in `unit`.
 */
export function formatMoney(value: number, unit: MoneyUnit, options: MoneyOptions = {}): FormattedNumber {
  const valueExponent = UNIT_EXPONENT[unit];
  return figureText(value, "元", options, { valueExponent, minExponent: options.exactBelow !== undefined ? 0 : valueExponent, fixed: options.keepUnit ?? false });
}
