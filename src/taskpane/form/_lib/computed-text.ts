import { defaultDecimals } from "../../../core/layout";
import { computedValue, type TableValue } from "../../../core/template";

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

function numberOf(text: string | undefined): number | undefined {
  const trimmed = (text ?? "").trim();
  return PLAIN_NUMBER.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * A computed value as the sheet's formula shows it, from what is typed in the form right now: a rate,
 * a change against a base (a rate's in 个百分点), a 合计 adding up its rows. Blank while a part is
 * missing or not a plain number, or a denominator is 0 — the cases in which the sheet shows nothing.
 */
export function computedText(value: TableValue, byKey: ReadonlyMap<string, TableValue>, typed: Record<string, string>): string {
  const figure = (key: string): number | undefined => {
    const part = byKey.get(key);
    if (!part) return undefined;
    if (part.formula || part.change) return computedValue(part, figure);
    if (part.isTotal && part.children?.length) {
      const parts = part.children.map((c) => figure(c.key));
      return parts.some((p) => p !== undefined) ? parts.reduce<number>((sum, p) => sum + (p ?? 0), 0) : undefined;
    }
    return numberOf(typed[key]);
  };
  const result = figure(value.key);
  return result === undefined ? "" : result.toFixed(value.decimals ?? defaultDecimals(value.kind));
}
