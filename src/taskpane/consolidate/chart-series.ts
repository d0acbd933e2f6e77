import type { ConsolidationResult } from "../../core/consolidate";
import { message } from "../../core/locale";

/** What the chart can show: an indicator summed or recomputed across units, or a ledger's rows per unit. */
export interface ChartOption {
  key: string;
  label: string;
}

/** One indicator by unit: each unit's figure and the total the summary carries. */
export interface ChartSeries extends ChartOption {
  unit?: string;
  total?: number;
  /** A figure that went into the total carried a qualifier (300余). */
  approximate: boolean;
  bars: Array<{ unit: string; value: number }>;
}

const LEDGER_ROWS = "ledger-rows";
const NUMERIC = new Set(["integer", "decimal", "money", "percent"]);

/** The indicators worth a chart: numbers at least one unit reported (text kept per unit has no total). */
export function chartOptions(result: ConsolidationResult): ChartOption[] {
  if (result.template.kind === "ledger") return [{ key: LEDGER_ROWS, label: message("ui.consolidate.ledger-rows") }];
  return result.totals
    .filter((t) => NUMERIC.has(t.kind) && t.aggregate !== "keep-per-unit" && t.unitCount > 0)
    .map((t) => ({ key: t.key, label: t.name }));
}

/** The series of the indicator chosen, or of the first summed one (the one 分单位明细 ranks by). */
export function chartSeries(result: ConsolidationResult, key?: string): ChartSeries | undefined {
  if (result.template.kind === "ledger") {
    const bars = result.units.map((u) => ({ unit: u.name, value: u.ledgerRows }));
    return {
      key: LEDGER_ROWS,
      label: message("ui.consolidate.ledger-rows"),
      unit: message("ui.consolidate.ledger-rows-unit"),
      total: result.ledger?.rowCount ?? 0,
      approximate: false,
      bars,
    };
  }
  const options = chartOptions(result);
  const chosen =
    options.find((o) => o.key === key) ??
    options.find((o) => result.totals.find((t) => t.key === o.key)?.aggregate === "sum") ??
    options[0];
  const total = chosen && result.totals.find((t) => t.key === chosen.key);
  if (!chosen || !total) return undefined;
  const bars = result.units.flatMap((u) => {
    const value = u.figures[chosen.key]?.value;
    return typeof value === "number" ? [{ unit: u.name, value }] : [];
  });
  return {
    ...chosen,
    ...(total.unit ? { unit: total.unit } : {}),
    ...(total.value !== undefined ? { total: total.value } : {}),
    approximate: total.approximate,
    bars,
  };
}

/** A figure as the pane shows it: grouped digits, at most four decimals, no float noise. */
export function figureText(value: number): string {
  return value.toLocaleString("zh-CN", { maximumFractionDigits: 4 });
}

/**
 * A figure beside its bar with its unit, short as a clerk writes it: 1.6万家 from 10,000 on (never the
 * chart libraries' 1.6k), at most two decimals; a figure already in 万 goes up to 亿 (16000万元 is
 * 1.6亿元, not 1.6万万元); smaller figures as figureText.
 */
export function barFigureText(value: number, unit = ""): string {
  if (Math.abs(value) < 10_000) return `${figureText(value)}${unit}`;
  const short = (value / 10_000).toLocaleString("zh-CN", { maximumFractionDigits: 2, useGrouping: false });
  return unit.startsWith("万") ? `${short}亿${unit.slice(1)}` : `${short}万${unit}`;
}
