/**
 * Decimal arithmetic on the number's own text. Binary floats make 930.95 × 10000 come out as
 * 9309499.999…, and 1.005 round to 1.00; shifting the decimal exponent in the text instead gives the
 * figure a clerk would compute by hand.
 */

/** x × 10^exponent, exact for every number written with few enough digits (930.95 → 9309500). */
export function shiftDecimal(x: number, exponent: number): number {
  const [mantissa, ownExponent = "0"] = String(x).split("e");
  return Number(`${mantissa}e${Number(ownExponent) + exponent}`);
}

export type Rounding = "nearest" | "down" | "up";

/**
 * Rounds at `decimals` places: `nearest` rounds halves away from zero (as clerks and Excel's ROUND do),
 * `down` cuts toward zero (what 20万余 means: at least 20万), `up` away from it (近15万: at most 15万).
 */
export function roundDecimal(x: number, decimals: number, rounding: Rounding = "nearest"): number {
  const scaled = shiftDecimal(Math.abs(x), decimals);
  const whole = rounding === "down" ? Math.floor(scaled) : rounding === "up" ? Math.ceil(scaled) : Math.round(scaled);
  const magnitude = shiftDecimal(whole, -decimals);
  return x < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

/** The digits of an already rounded number with at most `decimals` places, trailing zeros dropped (18.30 → 18.3, 2.00 → 2). */
export function decimalDigits(x: number, decimals: number): string {
  const fixed = Math.abs(x).toFixed(decimals);
  return fixed.includes(".") ? fixed.replace(/0+$/, "").replace(/\.$/, "") : fixed;
}

/**
 * Whether two numbers are the same figure, allowing for the noise of float sums
 * (374.07 + 556.87 is 930.9399999999999, not 930.94).
 */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}
