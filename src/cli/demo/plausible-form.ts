import { emptyFormState, type FormState } from "../../core/form";
import type { HeaderValues } from "../../core/layout";
import { comparisonPairs, flattenIndicators, indicatorsByKey, tableCells, type ColumnRole, type IndicatorTemplate, type LedgerTemplate, type ReportTemplate, type TableValue } from "../../core/template";

type Random = () => number;

function figure(indicator: TableValue, random: Random, scale: number): number {
  const base = 20 + random() * 980 * scale;
  const places = indicator.kind === "integer" ? 0 : (indicator.decimals ?? 2);
  return Number(base.toFixed(places));
}

/**
 * How a value follows another of its row: a 本期 figure is a share of the 累计's (累计 ≥ 本期 holds in each
 * row and so in every sum of rows), a 上年同期 figure is near the 本期's (a change of a quarter at most).
 */
const FOLLOWS: ReadonlyArray<{ role: ColumnRole; of: ColumnRole; from: number; to: number }> = [
  { role: "current", of: "cumulative", from: 0.1, to: 0.5 },
  { role: "previous-year", of: "current", from: 0.8, to: 1.25 },
];

/** For each value that follows another of its row (FOLLOWS), that value's key and the share it takes of it. */
function followedValues(template: IndicatorTemplate): Map<string, { key: string; from: number; to: number }> {
  const shape = tableCells(template);
  const followed = new Map<string, { key: string; from: number; to: number }>();
  for (const { role, of, from, to } of FOLLOWS) {
    const [column, ofColumn] = [shape.columns.find((c) => c.role === role), shape.columns.find((c) => c.role === of)];
    if (!column || !ofColumn) continue;
    for (const row of shape.rows) {
      const [key, ofKey] = [shape.keyOf(row.indicator.key, column.key), shape.keyOf(row.indicator.key, ofColumn.key)];
      if (key && ofKey) followed.set(key, { key: ofKey, from, to });
    }
  }
  return followed;
}

/**
 * Figures that hold together the way a careful unit's would: a complete breakdown adds up, a
 * partial one stays under its total, a row's columns follow one another (FOLLOWS), declared
 * comparisons (已复工 ≤ 企业总数) hold, rates are left to their formulas. `scale` sizes the unit (a big
 * township reports more than a small one). The samples' faults are the ones the demo plants, not
 * chance ones.
 */
function indicatorValues(template: IndicatorTemplate, random: Random, scale: number): Record<string, number> {
  const values: Record<string, number> = {};
  /** What a value adds of its own beyond its parts (all of it for a row without parts). */
  const own: Record<string, number> = {};
  const byKey = indicatorsByKey(template);
  const followed = followedValues(template);
  // A value that follows another takes a share of that one's own figure, so sums of rows keep the relation too.
  const ownFigure = (indicator: TableValue): number => {
    const of = followed.get(indicator.key);
    if (of && visit(byKey.get(of.key)!) !== undefined) {
      const places = indicator.kind === "integer" ? 0 : (indicator.decimals ?? 2);
      return Math.floor(own[of.key] * (of.from + random() * (of.to - of.from)) * 10 ** places) / 10 ** places;
    }
    return figure(indicator, random, scale);
  };
  const visit = (indicator: TableValue): number | undefined => {
    // A 合计 row's values are made with the rows they add up; a row met again keeps its figure.
    if (indicator.key in values) return values[indicator.key];
    if (indicator.formula || indicator.change || !["integer", "decimal", "money"].includes(indicator.kind)) return undefined;
    const parts = (indicator.children ?? []).map(visit).filter((v): v is number => v !== undefined);
    const places = indicator.kind === "integer" ? 0 : (indicator.decimals ?? 2);
    const sum = parts.reduce((a, b) => a + b, 0);
    own[indicator.key] = parts.length > 0 && indicator.breakdown === "complete" ? 0 : ownFigure(indicator);
    values[indicator.key] = Number((sum + own[indicator.key]).toFixed(places));
    return values[indicator.key];
  };
  const topLevel = flattenIndicators(template).filter((p) => p.depth === 0);
  for (const p of topLevel) if (!p.indicator.isTotal) visit(p.indicator);
  for (const pair of (template.comparisons ?? []).flatMap((c) => comparisonPairs(template, c).map((p) => ({ ...p, op: c.op })))) {
    const [small, big] = pair.op.startsWith("<") ? [pair.left, pair.right] : [pair.right, pair.left];
    if (values[small] !== undefined && values[big] !== undefined && values[small] > values[big]) values[small] = Math.floor(values[big] * (0.8 + random() * 0.19));
  }
  // The 合计 row last, so that it adds up the rows as the comparisons left them.
  for (const p of topLevel) if (p.indicator.isTotal) visit(p.indicator);
  return values;
}

function ledgerRows(template: LedgerTemplate, random: Random, count: number): Array<Record<string, string>> {
  const aspects = ["党的理论学习", "落实主体责任", "作风建设"];
  return Array.from({ length: count }, (_, i) => {
    const row: Record<string, string> = {};
    const done = random() < 0.7;
    for (const column of template.columns) {
      if (column.key === template.status?.column) row[column.key] = done ? column.options![0] : column.options![2] ?? column.options![1];
      else if (column.key === template.status?.doneDateColumn) row[column.key] = done ? `2023-02-${String(1 + Math.floor(random() * 18)).padStart(2, "0")}` : "";
      else if (column.kind === "date") row[column.key] = "2023-03-31";
      else if (column.kind === "integer") row[column.key] = String(i + 1);
      else if (column.label === "方面") row[column.key] = aspects[i % aspects.length];
      else if (column.label === "项") row[column.key] = `第${(i % 5) + 1}项`;
      else if (column.kind === "text" && column.required) row[column.key] = `${aspects[i % aspects.length]}方面问题${i + 1}`;
    }
    return row;
  });
}

/** A filled form for a sample unit. */
export function plausibleForm(template: ReportTemplate, header: HeaderValues, random: Random, scale = 1): FormState {
  const form: FormState = { ...emptyFormState(template.id), header: { ...header } };
  if (template.kind === "indicators") {
    for (const [key, value] of Object.entries(indicatorValues(template, random, scale))) form.values[key] = String(value);
  } else {
    form.rows = ledgerRows(template, random, 4 + Math.floor(random() * 8 * scale));
  }
  return form;
}

/** The same form with every figure 0 and no ledger rows: a 零报告. */
export function zeroForm(template: ReportTemplate, header: HeaderValues): FormState {
  const form = plausibleForm(template, header, () => 0.5);
  for (const key of Object.keys(form.values)) form.values[key] = "0";
  form.rows = [];
  return form;
}
