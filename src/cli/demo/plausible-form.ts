import { emptyFormState, type FormState } from "../../core/form";
import type { HeaderValues } from "../../core/layout";
import { comparisonPairs, flattenIndicators, type IndicatorTemplate, type LedgerTemplate, type ReportTemplate, type TableValue } from "../../core/template";

type Random = () => number;

function figure(indicator: TableValue, random: Random, scale: number): number {
  const base = 20 + random() * 980 * scale;
  const places = indicator.kind === "integer" ? 0 : (indicator.decimals ?? 2);
  return Number(base.toFixed(places));
}

/**
 * Figures that hold together the way a careful unit's would: a complete breakdown adds up, a
 * partial one stays under its total, declared comparisons (已复工 ≤ 企业总数) hold, rates are left
 * to their formulas. `scale` sizes the unit (a big township reports more than a small one).
 */
function indicatorValues(template: IndicatorTemplate, random: Random, scale: number): Record<string, number> {
  const values: Record<string, number> = {};
  const visit = (indicator: TableValue): number | undefined => {
    // A 合计 row's values are made with the rows they add up; a row met again keeps its figure.
    if (indicator.key in values) return values[indicator.key];
    if (indicator.formula || indicator.change || !["integer", "decimal", "money"].includes(indicator.kind)) return undefined;
    const parts = (indicator.children ?? []).map(visit).filter((v): v is number => v !== undefined);
    const places = indicator.kind === "integer" ? 0 : (indicator.decimals ?? 2);
    const sum = parts.reduce((a, b) => a + b, 0);
    const value = parts.length === 0 ? figure(indicator, random, scale) : indicator.breakdown === "complete" ? sum : sum + figure(indicator, random, scale);
    values[indicator.key] = Number(value.toFixed(places));
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
