import { defaultDecimals } from "../../layout/number-formats";
import { atMost } from "../../_lib/figures";
import type { TableValue } from "../../template/types";
import type { ReportReading } from "../reading";
import { numberOf } from "./number-of";

/**
 * What the form computes for a rate or a 同比增减 from the figures of its row — numerator ÷ denominator ×
 * scale; (本期 − 上年同期) ÷ 上年同期 × scale, or the difference in 个百分点 — where they are all read and
 * the divisor is not 0 (a rate or change of 0 cannot be stated; the rules say so). Undefined for any
 * other value. The rate and change rules check a value against it; the visible-parse rule needs no
 * "0.4 or 40%?" of a value it confirms.
 */
export function computedValue(reading: ReportReading, indicator: TableValue): number | undefined {
  const { formula, change } = indicator;
  if (formula) {
    const [numerator, denominator] = [numberOf(reading, formula.numerator), numberOf(reading, formula.denominator)];
    if (numerator === undefined || !denominator) return undefined;
    return (numerator / denominator) * formula.scale;
  }
  if (change) {
    const [current, base] = [numberOf(reading, change.current), numberOf(reading, change.base)];
    if (current === undefined || base === undefined) return undefined;
    if (change.points) return current - base;
    return base === 0 ? undefined : ((current - base) / base) * change.scale;
  }
  return undefined;
}

/** Whether a value is the computed one as the form's decimals round it (half a unit of the last decimal either way). */
export function roundsTo(value: number, computed: number, indicator: TableValue): boolean {
  const decimals = indicator.decimals ?? defaultDecimals(indicator.kind);
  return atMost(Math.abs(value - computed), 0.5 * 10 ** -decimals);
}
