import type { FigureOptions } from "../figure-options";
import type { FormattedNumber, NumberQualifier } from "../formatted-number";
import { assertDecimals, assertFinite } from "./assert-input";
import { shiftDecimal } from "./decimal";
import { scaleFigure, type ScaledFigure } from "./scale-figure";
import { writeFigure } from "./write-figure";

/** Where a figure is given and how far down it may be written. */
export interface FigureScale {
  /** The power of ten `value` is given in (4 for 万元 or 万只). */
  valueExponent: number;
  /** The smallest magnitude the figure may be written in (default `valueExponent`). */
  minExponent?: number;
  /** Keep the figure at `valueExponent` whatever its size. */
  fixed: boolean;
}

/**
 * The common part of formatCount and formatMoney: scale `value` (given at 10^valueExponent, e.g. 4 for
 * 万元), choose the qualifier, write the text with `unit` after the magnitude.
 */
export function figureText(value: number, unit: string, options: FigureOptions, scale: FigureScale): FormattedNumber {
  assertFinite(value);
  const decimals = options.decimals ?? 2;
  assertDecimals(decimals);
  if (options.scaledDecimals !== undefined) assertDecimals(options.scaledDecimals);
  const figure = scaleFigure(shiftDecimal(value, scale.valueExponent), {
    decimals,
    scaledDecimals: options.scaledDecimals,
    ownExponent: scale.valueExponent,
    rounding: options.rounding ?? "nearest",
    minExponent: scale.fixed ? scale.valueExponent : (scale.minExponent ?? scale.valueExponent),
    fixed: scale.fixed,
    exactBelow: options.exactBelow,
  });
  const qualifier = chooseQualifier(figure, options, scale.valueExponent);
  const text = writeFigure(figure, unit, qualifier);
  return qualifier ? { text, value, qualifier } : { text, value };
}

function chooseQualifier(figure: ScaledFigure, options: FigureOptions, valueExponent: number): NumberQualifier | undefined {
  if (options.qualifier) return options.qualifier;
  if (options.estimate) return "约";
  // Only a figure moved up to a larger magnitude has dropped digits worth a marker (see FigureOptions.approximate).
  if (!options.approximate || figure.exponent <= valueExponent || figure.direction === "exact") return undefined;
  return figure.direction === "down" ? (options.downMarker ?? "余") : "近";
}
