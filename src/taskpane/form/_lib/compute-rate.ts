import { defaultDecimals } from "../../../core/layout";
import type { TableValue } from "../../../core/template";

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

function numberOf(text: string | undefined): number | undefined {
  const trimmed = (text ?? "").trim();
  return PLAIN_NUMBER.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * A computed rate as the sheet's formula shows it (numerator ÷ denominator × scale), from what is
 * typed in the form right now; blank while a part is missing, not a plain number, or the
 * denominator is zero — the same cases in which the sheet's formula shows nothing.
 */
export function computeRate(indicator: TableValue, values: Record<string, string>): string {
  const formula = indicator.formula;
  if (!formula) return "";
  const numerator = numberOf(values[formula.numerator]);
  const denominator = numberOf(values[formula.denominator]);
  if (numerator === undefined || denominator === undefined || denominator === 0) return "";
  return ((numerator / denominator) * formula.scale).toFixed(indicator.decimals ?? defaultDecimals(indicator.kind));
}
