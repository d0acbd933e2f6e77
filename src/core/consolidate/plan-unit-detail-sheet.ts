import { message } from "../locale";
import { numberFormatFor } from "../layout/number-formats";
import type { SheetPlan, StyleRole } from "../layout/sheet-plan";
import { flattenIndicators, type PlacedIndicator } from "../template/indicator-tree";
import { mainColumn, tableCells } from "../template/table-cells";
import type { IndicatorTemplate, LedgerTemplate } from "../template/types";
import type { ConsolidationResult, LedgerSummary } from "./consolidation-result";
import type { LedgerRows } from "./ledger-rows";
import { competitionRank } from "./_lib/competition-rank";
import { valueNames } from "../template/value-names";
import { summarizeLedger } from "./_lib/summarize-ledger";
import { TableBuilder, type SummaryValue } from "./_lib/table-builder";
import { summedColumns } from "./_lib/summed-columns";

export interface UnitDetailOptions {
  /** The indicator to rank units by; the first summed number shown (a key indicator, if the template names them) by default. */
  rankBy?: string;
  /** In a table of several columns, the column shown (the main one, or a grid's 合计 row, by default). */
  column?: string;
  sheetName?: string;
}

const NUMERIC = new Set(["integer", "decimal", "money", "percent"]);
const PERCENT_FORMAT = numberFormatFor("percent", 1);

interface Column {
  head: string;
  width: number;
  style: StyleRole;
  format?: string;
  numeric: boolean;
}

/**
 * 分单位明细: one row per unit counted, one column per indicator (with its unit of measure) — the
 * template's key indicators first — a 合计 row with the totals by each indicator's rule, a rank by
 * one indicator, and data bars on the first column of figures. A ledger's units get their row counts
 * by status instead. Printed at a legible size, a wide table runs onto pages to its right with 序号
 * and 单位 repeated on each, so the key indicators are read on the first page.
 */
export function planUnitDetailSheet(result: ConsolidationResult, options: UnitDetailOptions = {}): SheetPlan {
  const sheetName = options.sheetName ?? message("consolidate.sheet.detail");
  const { template } = result;
  const table = template.kind === "indicators" ? indicatorTable(result, template, options.rankBy, options.column) : ledgerTable(result, template);
  const fixed: Column[] = [
    { head: message("consolidate.head.serial"), width: 6, style: "serial", numeric: false },
    { head: message("consolidate.head.unit"), width: 18, style: "label", numeric: false },
  ];
  const columns = [...fixed, ...table.columns, { head: message("consolidate.head.rank", { indicator: table.rankName }), width: 10, style: "serial" as StyleRole, numeric: false }];
  const b = new TableBuilder(columns.length);
  b.title(message("consolidate.title.detail", { template: template.title }));
  const headRow = b.head(columns.map((c) => c.head));
  const styles = columns.map((c) => c.style);
  const formats = columns.map((c) => c.format);
  const ranks = competitionRank(table.rankValues);
  table.rows.forEach((values, i) => b.values([i + 1, result.units[i].name, ...values, ranks[i]], styles, formats));
  const lastUnitRow = b.row - 1;
  b.values([null, message("consolidate.head.total-row"), ...table.totals, null], ["section", "section", ...table.columns.map(() => "computed" as StyleRole), "section"], formats);
  const firstNumeric = columns.findIndex((c) => c.numeric);
  if (firstNumeric >= 0 && result.units.length > 0) b.dataBars.push({ top: headRow + 1, left: firstNumeric, bottom: lastUnitRow, right: firstNumeric });
  return b.plan(sheetName, columns.map((c) => c.width), { rows: headRow + 1, columns: 2 }, headRow);
}

interface DetailTable {
  columns: Column[];
  rows: SummaryValue[][];
  totals: SummaryValue[];
  rankName: string;
  rankValues: Array<number | undefined>;
}

/**
 * The values 分单位明细 shows for each unit: a grid's 合计 row (each unit's totals by measure), else in a
 * table of several columns the main column's (or the one asked for), else every value.
 */
function detailValues(template: IndicatorTemplate, column?: string): PlacedIndicator[] {
  const placed = flattenIndicators(template);
  const shape = tableCells(template);
  if (!shape.multiColumn) return placed;
  if (column && shape.columns.some((c) => c.key === column)) return placed.filter((p) => p.cell.column === column);
  if (template.totalRow) {
    const totalKey = template.totalRow.key ?? "total";
    return placed.filter((p) => p.cell.row === totalKey);
  }
  const main = mainColumn(template).key;
  return placed.filter((p) => p.cell.column === main);
}

/** The template's key indicators first, in its order, then the rest in form order. */
function keyFirst(template: IndicatorTemplate, placed: PlacedIndicator[]): PlacedIndicator[] {
  const keys = template.keyIndicators ?? [];
  const order = (p: PlacedIndicator) => {
    const i = keys.indexOf(p.cell.row);
    return i < 0 ? keys.length : i;
  };
  return placed.map((p, i) => ({ p, i })).sort((a, b) => order(a.p) - order(b.p) || a.i - b.i).map(({ p }) => p);
}

function indicatorTable(result: ConsolidationResult, template: IndicatorTemplate, rankBy?: string, column?: string): DetailTable {
  const names = valueNames(template);
  const placed = keyFirst(template, detailValues(template, column));
  const columns: Column[] = placed.map(({ indicator }) => {
    const name = names.get(indicator.key) ?? indicator.label;
    const numeric = NUMERIC.has(indicator.kind);
    return {
      head: indicator.unit ? `${name}（${indicator.unit}）` : name,
      width: Math.min(24, Math.max(10, name.length * 2 + 2)),
      style: numeric ? "computed" : "label",
      ...(numeric ? { format: numberFormatFor(indicator.kind, indicator.decimals) } : {}),
      numeric,
    };
  });
  const rows = result.units.map((unit) => placed.map(({ indicator }) => unit.figures[indicator.key]?.value));
  const byKey = new Map(result.totals.map((t) => [t.key, t]));
  const totals = placed.map(({ indicator }) => {
    const t = byKey.get(indicator.key);
    return !t || t.aggregate === "keep-per-unit" ? null : t.value;
  });
  const ranked =
    placed.find((p) => p.indicator.key === rankBy) ?? placed.find((p) => p.indicator.aggregate === "sum" && NUMERIC.has(p.indicator.kind)) ?? placed[0];
  const rankValues = result.units.map((u) => {
    const value = ranked ? u.figures[ranked.indicator.key]?.value : undefined;
    return typeof value === "number" ? value : undefined;
  });
  return { columns, rows, totals, rankName: ranked ? (names.get(ranked.indicator.key) ?? ranked.indicator.label) : "", rankValues };
}

function ledgerTable(result: ConsolidationResult, template: LedgerTemplate): DetailTable {
  const options = template.status ? (template.columns.find((c) => c.key === template.status!.column)?.options ?? []) : [];
  const sums = summedColumns(template);
  const count = (head: string, format = "#,##0"): Column => ({ head, width: 10, style: "computed", format, numeric: true });
  const withStatus = template.status !== undefined;
  const statusColumns = withStatus
    ? [...options.map((o) => count(o)), count(message("consolidate.head.unknown-status")), count(message("consolidate.head.done")), count(message("consolidate.head.done-rate"), PERCENT_FORMAT)]
    : [];
  const columns: Column[] = [
    count(message("consolidate.head.rows")),
    ...statusColumns,
    ...sums.map((c) => count(c.unit ? `${c.label}（${c.unit}）` : c.label, numberFormatFor(c.kind, c.decimals))),
  ];
  const rateOf = (done: number, rows: number) => (rows > 0 ? (done / rows) * 100 : undefined);
  const lineOf = (s: LedgerSummary): SummaryValue[] => {
    const rows = s.rowCount;
    const status = withStatus ? [...options.map((o) => s.statusCounts[o] ?? 0), s.unknownStatus, s.done, rateOf(s.done, rows)] : [];
    return [rows, ...status, ...sums.map((c) => s.columnTotals[c.key])];
  };
  const all = result.ledger?.stacked ?? [];
  // Each unit's rows in one pass over the stacked ledger (a unit's rows are one packed block, its file's).
  const byUnit = new Map<string, LedgerRows[]>();
  for (const rows of all) {
    const list = byUnit.get(rows.unit);
    if (list) list.push(rows);
    else byUnit.set(rows.unit, [rows]);
  }
  const summaries = result.units.map((u) => summarizeLedger(template, byUnit.get(u.name) ?? []));
  const lines = summaries.map(lineOf);
  // Ranked by completion where the ledger has a status, else by its number of rows.
  const doneAt = 1 + options.length + 1;
  const rankValues = summaries.map((s, i) => (withStatus ? rateOf(lines[i][doneAt] as number, s.rowCount) : s.rowCount));
  return {
    columns,
    rows: lines,
    // The whole ledger was summarized by the consolidation already, over these same rows.
    totals: lineOf(result.ledger ?? summarizeLedger(template, all)),
    rankName: message(withStatus ? "consolidate.head.done-rate" : "consolidate.head.rows"),
    rankValues,
  };
}
