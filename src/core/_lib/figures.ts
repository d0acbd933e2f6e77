/**
 * How close two figures must be to count as the same. Sums of decimals carry binary noise
 * (374.07 + 556.87 is 930.9399999999999), so every comparison of figures the audit makes — a total
 * against its parts, a rate against its formula, one table against another — allows this much.
 */
export const FIGURE_TOLERANCE = 1e-9;

/** Round away binary noise, so a figure compares and prints as the clerk would write it. */
export function clean(n: number): number {
  return Number(n.toFixed(9));
}

/** a = b, up to binary noise. */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= FIGURE_TOLERANCE;
}

/** a ≤ b, up to binary noise. */
export function atMost(a: number, b: number): boolean {
  return a <= b + FIGURE_TOLERANCE;
}
