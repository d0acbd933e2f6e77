import { decimalDigits, roundDecimal, sameFigure, shiftDecimal, type Rounding } from "./decimal";

/** The magnitudes a figure is written in: 18.3万, 2.2亿; 万亿 so that 1e12 reads 1万亿, not 10000亿. */
const SCALES = [
  { exponent: 0, name: "" },
  { exponent: 4, name: "万" },
  { exponent: 8, name: "亿" },
  { exponent: 12, name: "万亿" },
] as const;

export type Magnitude = (typeof SCALES)[number]["name"];

export interface ScaledFigure {
  /** "-" for a negative figure that does not round to zero, else "". */
  sign: string;
  /** The digits shown, without sign: "18.3", "20", "9999". */
  digits: string;
  magnitude: Magnitude;
  /** Power of ten of the magnitude (万 → 4). */
  exponent: number;
  /** Whether the figure shown, read back in full, is below (`down`), above (`up`) or equal to the raw value, by magnitude. */
  direction: "exact" | "down" | "up";
}

export interface ScaleOptions {
  decimals: number;
  /** Decimals of a figure written in a larger magnitude than `ownExponent` (default `decimals`): 18.3万 from 183,456. */
  scaledDecimals?: number;
  /** The magnitude the figure was given in (4 for 万元, 万只); default `minExponent`. */
  ownExponent?: number;
  rounding: Rounding;
  /** The smallest magnitude allowed (4 for money entered in 万元: 0.5万元 stays 0.5万元). */
  minExponent: number;
  /** Keep the figure at `minExponent` whatever its size. */
  fixed: boolean;
  /** A figure smaller than this (in units of 10^0) is written in full at `minExponent`: 13500, not 1.35万. */
  exactBelow?: number;
}

/**
 * Writes |value| (in units of 10^0) in the smallest allowed magnitude where the rounded figure stays
 * below 10,000, unless it is below `exactBelow`. The choice is made on the rounded figure, so 9999.996
 * with two decimals becomes 1万, not 10000, and 99,999,999 becomes 1亿, not 10000万.
 */
export function scaleFigure(value: number, options: ScaleOptions): ScaledFigure {
  const magnitude = Math.abs(value);
  const own = options.ownExponent ?? options.minExponent;
  const decimalsAt = (exponent: number) => (exponent > own ? (options.scaledDecimals ?? options.decimals) : options.decimals);
  const rounded = (exponent: number) => roundDecimal(shiftDecimal(magnitude, -exponent), decimalsAt(exponent), options.rounding);
  let candidates: readonly (typeof SCALES)[number][] = SCALES.filter((s) => (options.fixed ? s.exponent === options.minExponent : s.exponent >= options.minExponent));
  if (!options.fixed && options.exactBelow !== undefined && magnitude < options.exactBelow) candidates = candidates.slice(0, 1);
  const chosen = candidates.find((s, i) => i === candidates.length - 1 || rounded(s.exponent) < 10_000) ?? SCALES[0];
  const figure = rounded(chosen.exponent);
  const shown = shiftDecimal(figure, chosen.exponent);
  const direction = sameFigure(shown, magnitude) ? "exact" : shown < magnitude ? "down" : "up";
  return { sign: value < 0 && figure !== 0 ? "-" : "", digits: decimalDigits(figure, decimalsAt(chosen.exponent)), magnitude: chosen.name, exponent: chosen.exponent, direction };
}
