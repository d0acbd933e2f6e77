import type { TableValue } from "./types";

/**
 * The figure a computed value of a table takes from the figures it is computed from: a rate (numerator ÷
 * denominator × scale), a change against a base ((current − base) ÷ base × scale), a rate's change in
 * 个百分点 (current − base). Undefined when an operand is missing, a denominator or base is 0, or the result
 * is not a finite number (a denominator like 1e-300 overflows); undefined too for a value that is typed.
 */
export function computedValue(value: Pick<TableValue, "formula" | "change">, figureOf: (key: string) => number | undefined): number | undefined {
  let result: number | undefined;
  if (value.formula) {
    const num = figureOf(value.formula.numerator);
    const den = figureOf(value.formula.denominator);
    if (num === undefined || den === undefined || den === 0) return undefined;
    result = (num / den) * value.formula.scale;
  } else if (value.change) {
    const current = figureOf(value.change.current);
    const base = figureOf(value.change.base);
    if (current === undefined || base === undefined) return undefined;
    if (value.change.points) result = current - base;
    else if (base === 0) return undefined;
    else result = ((current - base) / base) * value.change.scale;
  }
  return result !== undefined && Number.isFinite(result) ? result : undefined;
}
