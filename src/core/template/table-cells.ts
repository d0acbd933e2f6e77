import type { PlacedIndicator } from "./indicator-tree";
import type { Comparison, Indicator, IndicatorTemplate, TableValue, ValueColumn } from "./types";

/** The one value column of a table that declares none: the 数值 column every version-1 form had. */
export const SINGLE_COLUMN: ValueColumn = Object.freeze({ key: "value", label: "数值" });

/** A row of the 主栏 with its place: depth 0 for a top-level row, 1 for 其中, 2 below that. */
export interface TableRow {
  indicator: Indicator;
  depth: number;
  parent?: Indicator;
  sectionIndex: number;
  sectionTitle?: string;
  /** The 合计 row of a table of categories (Σ of the top-level rows). */
  isTotal?: boolean;
}

/** A template's table: its rows, its columns, and every value (row × column) as an indicator. */
export interface TableShape {
  rows: TableRow[];
  columns: readonly ValueColumn[];
  /** Two or more value columns: values are keyed `row.column`; otherwise by the row's key. */
  multiColumn: boolean;
  placed: PlacedIndicator[];
  byKey: Map<string, TableValue>;
  /** The key of each value by row key, then column key. */
  keyOf(row: string, column: string): string | undefined;
}

const shapes = new WeakMap<IndicatorTemplate, TableShape>();

/** The key of a value: the row's own in a one-column table, `row.column` otherwise. */
export function cellKey(multiColumn: boolean, row: string, column: string): string {
  return multiColumn ? `${row}.${column}` : row;
}

/** The 宾栏 of a template: its columns, or the one 数值 column of a form that declares none. */
export function tableColumns(template: IndicatorTemplate): readonly ValueColumn[] {
  return template.columns?.length ? template.columns : [SINGLE_COLUMN];
}

/** The 主栏 of a template in form order: sections, each row before its 其中, the 合计 row first or last. */
export function tableRows(template: IndicatorTemplate): TableRow[] {
  return tableCells(template).rows;
}

/**
 * The table of a template, worked out once per template object. In a table without declared columns
 * the values are the indicators themselves (the same objects). Otherwise each row × column is an
 * indicator of its own: the column's kind, unit, decimals, bounds and aggregation where it states them,
 * else the row's; a column's formula across the row (复工率 = 已复工 ÷ 企业总数) or, for a rate row, the
 * row's formula within the column; 其中 children and breakdowns per column; a cumulative flag from the
 * column's role. A 合计 row's values are complete breakdowns of the top-level rows in their column.
 */
export function tableCells(template: IndicatorTemplate): TableShape {
  let shape = shapes.get(template);
  if (!shape) shapes.set(template, (shape = buildShape(template)));
  return shape;
}

function buildShape(template: IndicatorTemplate): TableShape {
  const columns = tableColumns(template);
  const multiColumn = columns.length > 1;
  const declared = Boolean(template.columns?.length);
  const hasRoles = columns.some((c) => c.role !== undefined);

  const rows: TableRow[] = [];
  const visit = (indicator: Indicator, depth: number, sectionIndex: number, sectionTitle?: string, parent?: Indicator) => {
    rows.push({ indicator, depth, parent, sectionIndex, sectionTitle });
    for (const child of indicator.children ?? []) visit(child, depth + 1, sectionIndex, sectionTitle, indicator);
  };
  template.sections.forEach((section, index) => {
    for (const indicator of section.indicators) visit(indicator, 0, index, section.title);
  });
  const topLevel = rows.filter((r) => r.depth === 0).map((r) => r.indicator);
  if (template.totalRow && topLevel.length) {
    const { key = "total", label, aliases } = template.totalRow;
    // The 合计 row adds up rows of one kind and unit: it takes the first's where no column says otherwise.
    const { kind, unit, decimals } = topLevel[0];
    const sum: Indicator = { key, label, ...(aliases ? { aliases } : {}), kind, ...(unit ? { unit } : {}), ...(decimals !== undefined ? { decimals } : {}), aggregate: "sum" };
    const indicator: Indicator = declared ? sum : { ...sum, breakdown: "complete", children: topLevel, isTotal: true };
    const total: TableRow = { indicator, depth: 0, sectionIndex: -1, isTotal: true };
    if (template.totalRow.position === "last") rows.push(total);
    else rows.unshift(total);
  }

  const placed: PlacedIndicator[] = [];
  const byKey = new Map<string, TableValue>();
  const keys = new Map<string, Map<string, string>>();
  const remember = (row: string, column: string, key: string) => {
    const byColumn = keys.get(row) ?? new Map<string, string>();
    byColumn.set(column, key);
    keys.set(row, byColumn);
  };

  if (!declared) {
    // Without columns every row says what its value is (checkReferences sees to it).
    for (const r of rows as Array<TableRow & { indicator: TableValue; parent?: TableValue }>) {
      placed.push({ indicator: r.indicator, depth: r.depth, parent: r.parent, sectionIndex: r.sectionIndex, sectionTitle: r.sectionTitle, cell: { row: r.indicator.key } });
      byKey.set(r.indicator.key, r.indicator);
      remember(r.indicator.key, SINGLE_COLUMN.key, r.indicator.key);
    }
  } else {
    const key = (row: string, column: string) => cellKey(multiColumn, row, column);
    // Each row's value in each column made once, so a parent's children are the very objects placed.
    const made = new Map<string, TableValue>();
    const valueOf = (row: Indicator, column: ValueColumn, totalOf?: readonly Indicator[]): TableValue => {
      const k = key(row.key, column.key);
      let value = made.get(k);
      if (!value) {
        value = cellOf(row, column, k, { key, hasRoles, totalOf, valueOf });
        made.set(k, value);
      }
      return value;
    };
    for (const r of rows) {
      for (const column of columns) {
        if (!fills(r.indicator, column)) continue;
        const indicator = valueOf(r.indicator, column, r.isTotal ? topLevel : undefined);
        const parent = r.parent ? valueOf(r.parent, column) : undefined;
        placed.push({ indicator, depth: r.depth, parent, sectionIndex: r.sectionIndex, sectionTitle: r.sectionTitle, cell: { row: r.indicator.key, column: column.key } });
        byKey.set(indicator.key, indicator);
        remember(r.indicator.key, column.key, indicator.key);
      }
    }
  }
  return { rows, columns, multiColumn, placed, byKey, keyOf: (row, column) => keys.get(row)?.get(column) };
}

/** A row's narrative words for one of its values: a measure word only where it stands for the value's unit. */
function narrativeOf(row: Indicator, unit: string | undefined): Indicator["narrative"] {
  if (!row.narrative) return undefined;
  const { measure, measureFor, ...rest } = row.narrative;
  const applies = measure !== undefined && (measureFor === undefined || measureFor === unit);
  const narrative = applies ? { ...rest, measure } : rest;
  return Object.keys(narrative).length ? narrative : undefined;
}

/** Whether a row has a value in a column (a row may leave some columns out: they print —). */
export function fills(row: Indicator, column: ValueColumn): boolean {
  return !row.columns || row.columns.includes(column.key);
}

interface CellContext {
  key: (row: string, column: string) => string;
  hasRoles: boolean;
  /** For the 合计 row: the top-level rows it adds up. */
  totalOf?: readonly Indicator[];
  valueOf: (row: Indicator, column: ValueColumn, totalOf?: readonly Indicator[]) => TableValue;
}

function cellOf(row: Indicator, column: ValueColumn, key: string, context: CellContext): TableValue {
  const formula = column.formula;
  const isRateRow = row.formula !== undefined;
  const kind = column.kind ?? (formula?.type === "change" && isRateRow ? "percent" : row.kind);
  // checkReferences refuses a template where neither the row nor the column says what a value is.
  if (!kind) throw new Error(`template value ${key} has no kind: neither its row nor its column states one`);
  const cell: TableValue = {
    key,
    // A category of a grid (a row that leaves its kind to the columns) has values named by their measure
    // (已复工 of 规上工业); an indicator's values by the indicator (医用口罩, in 本期新增 or 累计).
    label: row.kind === undefined ? column.label : row.label,
    kind,
    aggregate: formula || isRateRow ? "recompute" : (column.aggregate ?? row.aggregate ?? "sum"),
  };
  const unit = formula?.type === "change" ? (isRateRow ? "个百分点" : "%") : (column.unit ?? row.unit);
  if (unit) cell.unit = unit;
  const decimals = column.decimals ?? row.decimals;
  if (decimals !== undefined) cell.decimals = decimals;
  // A value the form computes (a rate, a change, a 合计) is never the clerk's to fill.
  if (!formula && !isRateRow && !context.totalOf && (column.required ?? row.required)) cell.required = true;
  // A row's bounds are its figures' (a count ≥ 0), not their change's, which may fall or more than double.
  const rowBounds: { min?: number; max?: number } = formula?.type === "change" ? {} : row;
  const min = column.min ?? rowBounds.min;
  const max = column.max ?? rowBounds.max;
  if (min !== undefined) cell.min = min;
  if (max !== undefined) cell.max = max;
  if (row.options) cell.options = row.options;
  if (row.aliases) cell.aliases = row.aliases;
  if (row.scopeNote) cell.scopeNote = row.scopeNote;
  if (row.changeThreshold !== undefined) cell.changeThreshold = row.changeThreshold;
  if (column.role) cell.role = column.role;
  const narrative = narrativeOf(row, unit);
  if (narrative) cell.narrative = narrative;
  const cumulative = context.hasRoles ? column.role === "cumulative" && row.cumulative !== false : row.cumulative;
  if (cumulative) cell.cumulative = true;

  if (formula?.type === "ratio") {
    cell.formula = { numerator: context.key(row.key, formula.numerator), denominator: context.key(row.key, formula.denominator), scale: formula.scale };
  } else if (formula?.type === "change") {
    // A rate's change is told in 个百分点 (a difference), a figure's in per cent of the base.
    cell.change = { current: context.key(row.key, formula.current), base: context.key(row.key, formula.base), scale: formula.scale, ...(isRateRow ? { points: true } : {}) };
  } else if (row.formula) {
    cell.formula = { numerator: context.key(row.formula.numerator, column.key), denominator: context.key(row.formula.denominator, column.key), scale: row.formula.scale };
  } else if (context.totalOf?.length) {
    cell.breakdown = "complete";
    cell.children = context.totalOf.filter((r) => fills(r, column)).map((r) => context.valueOf(r, column));
    cell.isTotal = true;
  } else if (row.children?.length) {
    cell.breakdown = row.breakdown;
    cell.children = row.children.filter((child) => fills(child, column)).map((child) => context.valueOf(child, column));
  }
  return cell;
}

/**
 * The values a declared comparison holds between. Its keys name values, or rows (compared in each
 * column both have a value in: 已复工 ≤ 企业总数 as rows of a list with 本期 | 累计), or columns (compared
 * in each row: 已复工 ≤ 企业总数 as measures of a grid of categories). Computed values are not compared.
 */
export function comparisonPairs(template: IndicatorTemplate, comparison: Pick<Comparison, "left" | "right">): Array<{ left: string; right: string }> {
  const shape = tableCells(template);
  const { left, right } = comparison;
  if (shape.byKey.has(left) && shape.byKey.has(right)) return [{ left, right }];
  const entered = (key: string | undefined): key is string => {
    const value = key === undefined ? undefined : shape.byKey.get(key);
    return value !== undefined && !value.formula && !value.change;
  };
  const pairs: Array<{ left: string; right: string }> = [];
  const columnKeys = new Set(shape.columns.map((c) => c.key));
  if (columnKeys.has(left) && columnKeys.has(right)) {
    for (const row of shape.rows) {
      const [l, r] = [shape.keyOf(row.indicator.key, left), shape.keyOf(row.indicator.key, right)];
      if (entered(l) && entered(r)) pairs.push({ left: l, right: r });
    }
  } else {
    for (const column of shape.columns) {
      const [l, r] = [shape.keyOf(left, column.key), shape.keyOf(right, column.key)];
      if (entered(l) && entered(r)) pairs.push({ left: l, right: r });
    }
  }
  return pairs;
}

/** The column a table is read by where one figure per row is wanted (分单位明细, the narrative): the form's choice, else its 本期 column, else the first. */
export function mainColumn(template: IndicatorTemplate): ValueColumn {
  const columns = tableColumns(template);
  return columns.find((c) => c.key === template.mainColumn) ?? columns.find((c) => c.role === "current") ?? columns[0];
}

/**
 * Every key a value may be named by: its own; in a table of several columns its row's key for the value
 * in the main column; and the keys earlier versions gave it (industryTotal for industry.total), so a
 * narrative or a rule written for an earlier version still names the same figure.
 */
export function valueAliases(template: IndicatorTemplate): Map<string, string> {
  const shape = tableCells(template);
  const aliases = new Map<string, string>();
  const main = mainColumn(template).key;
  if (shape.multiColumn)
    for (const row of shape.rows) {
      const key = shape.keyOf(row.indicator.key, main);
      if (key) aliases.set(row.indicator.key, key);
    }
  for (const migration of template.migrations ?? [])
    for (const [old, key] of Object.entries(migration.keys)) if (shape.byKey.has(key) && !shape.byKey.has(old)) aliases.set(old, key);
  return aliases;
}
