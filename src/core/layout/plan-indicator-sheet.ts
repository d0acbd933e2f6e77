import { cellAddress } from "../sheet";
import { fills, tableCells, type TableRow } from "../template/table-cells";
import type { IndicatorTemplate, TableValue, ValueColumn } from "../template/types";
import { planFields, planTitle, type HeaderValues } from "./_lib/header-block";
import { PlanBuilder } from "./_lib/plan-builder";
import { validationFor } from "./_lib/validation-for";
import { numberFormatFor } from "./number-formats";
import type { SheetAnchors, SheetPlan } from "./sheet-plan";

const SECTION_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"];
/** The text printed where a row takes no figure in a column. */
export const NOT_FILLED = "—";

/** Where each part of an indicator table sits: 序号, the 主栏, 计量单位 (when the form has one), the 宾栏, 备注. */
interface Columns {
  serial: number;
  label: number;
  unit?: number;
  /** The first value column; the others follow in the template's order. */
  firstValue: number;
  note: number;
}

function columnsOf(template: IndicatorTemplate, valueCount: number): Columns {
  const unit = hasUnitColumn(template);
  const firstValue = unit ? 3 : 2;
  return { serial: 0, label: 1, ...(unit ? { unit: 2 } : {}), firstValue, note: firstValue + valueCount };
}

/**
 * A 计量单位 column when rows state their units and some column takes the row's unit (as the form says,
 * if it says): a 同比增减（%） column beside 本期 | 上年同期 does not make the rows' units go unprinted.
 */
function hasUnitColumn(template: IndicatorTemplate): boolean {
  if (template.unitColumn !== undefined) return template.unitColumn;
  const { rows, columns } = tableCells(template);
  return rows.some((r) => r.indicator.unit) && columns.some((c) => !c.unit);
}

function headText(column: ValueColumn): string {
  return column.unit ? `${column.label}（${column.unit}）` : column.label;
}

/**
 * An indicator table: title, header block, then the head — 序号 · the 主栏's head · 计量单位 · the
 * 宾栏's columns · 备注, on two rows where columns are grouped under a head spanning them — then the
 * rows: sections as headed rows, 其中 indented under their total ("其中：" before the first), a 合计
 * row adding up the rows, — where a row takes no figure; computed values (rates, changes, 合计) are
 * locked formulas; then the signature fields below the table.
 */
export function planIndicatorSheet(template: IndicatorTemplate, sheetName: string, values: HeaderValues = {}): SheetPlan {
  const shape = tableCells(template);
  const valueColumns = shape.columns;
  const at = columnsOf(template, valueColumns.length);
  const last = at.note;
  const b = new PlanBuilder();
  const anchors: SheetAnchors = { header: {}, indicators: {} };
  let row = planTitle(b, template, last);
  row = planFields(b, template, "top", row, { firstCol: 1, pairsPerRow: 1 }, values, anchors);

  const grouped = valueColumns.some((c) => c.group);
  const headTop = row;
  const headBottom = grouped ? row + 1 : row;
  const spanning = (col: number, text: string) => b.putMerged({ top: headTop, left: col, bottom: headBottom, right: col }, text, "tableHead");
  spanning(at.serial, "序号");
  spanning(at.label, template.stubHead ?? "指标名称");
  if (at.unit !== undefined) spanning(at.unit, "计量单位");
  valueColumns.forEach((column, i) => {
    const col = at.firstValue + i;
    if (!column.group) return spanning(col, headText(column));
    b.put(headBottom, col, headText(column), "tableHead");
    // A group head spans its run of neighbouring columns, printed once above the first.
    if (valueColumns[i - 1]?.group === column.group) return;
    let end = i;
    while (valueColumns[end + 1]?.group === column.group) end++;
    b.putMerged({ top: headTop, left: col, bottom: headTop, right: at.firstValue + end }, column.group, "tableHead");
  });
  spanning(at.note, "备注");
  for (let r = headTop; r <= headBottom; r++) b.rowHeights[r] = 22;
  row = headBottom + 1;

  // Rows first, so that every formula can name the cells it adds up or divides.
  const rowOf = new Map<string, number>();
  let serial = 0;
  let lastSection = -1;
  for (const r of shape.rows) {
    if (!r.isTotal && r.sectionIndex !== lastSection) {
      lastSection = r.sectionIndex;
      const title = template.sections[r.sectionIndex]?.title;
      if (title) {
        b.putMerged({ top: row, left: 0, bottom: row, right: last }, `${SECTION_NUMERALS[r.sectionIndex] ?? r.sectionIndex + 1}、${title}`, "section");
        row++;
      }
    }
    rowOf.set(r.indicator.key, row);
    putRowLabels(b, r, row, at, ++serial);
    row++;
  }

  for (const r of shape.rows) {
    const rowIndex = rowOf.get(r.indicator.key)!;
    valueColumns.forEach((column, i) => {
      const col = at.firstValue + i;
      const key = shape.keyOf(r.indicator.key, column.key);
      if (!fills(r.indicator, column) || key === undefined) {
        b.put(rowIndex, col, NOT_FILLED, "computed");
        return;
      }
      const value = shape.byKey.get(key)!;
      anchors.indicators![key] = { row: rowIndex, valueCol: col, noteCol: at.note };
      const formula = formulaOf(value, (k) => addressOfValue(k, shape, rowOf, at));
      const format = numberFormatFor(value.kind, value.decimals);
      if (formula) b.put(rowIndex, col, null, "computed", { formula, numberFormat: format });
      else {
        b.put(rowIndex, col, null, "input", { numberFormat: format });
        b.validate(validationFor(value, { top: rowIndex, left: col, bottom: rowIndex, right: col }));
      }
    });
  }

  const tableEnd = b.rowCount;
  planFields(b, template, "bottom", row + 1, { firstCol: 1, pairsPerRow: 1 }, values, anchors);
  const signatureEnd = b.rowCount;
  const single = !template.columns?.length;
  const widths = [6, single ? 40 : labelWidth(shape.rows)];
  if (at.unit !== undefined) widths.push(10);
  for (const column of valueColumns) widths.push(column.width ?? (single ? 16 : Math.min(18, Math.max(10, headText(column).length * 2 + 2))));
  widths.push(single ? 30 : 20);
  return b.toPlan({
    template,
    sheetName,
    columnWidths: widths,
    headRow: headTop,
    lastHeadRow: headBottom,
    frozenColumns: single ? 0 : 2,
    ...(signatureEnd > tableEnd ? { signature: { first: row + 1, last: signatureEnd - 1 } } : {}),
    anchors,
  });
}

function putRowLabels(b: PlanBuilder, r: TableRow, row: number, at: Columns, serial: number): void {
  const { indicator, depth, parent } = r;
  b.put(row, at.serial, r.isTotal ? null : serial, "serial");
  const firstChild = parent?.children?.[0] === indicator;
  const label = depth > 0 && firstChild ? `其中：${indicator.label}` : indicator.label;
  b.put(row, at.label, label, r.isTotal ? "section" : "label", { indent: depth * 2 });
  if (at.unit !== undefined) b.put(row, at.unit, indicator.unit ?? "", "unit");
  b.put(row, at.note, null, "note", { numberFormat: "@" });
}

function labelWidth(rows: readonly TableRow[]): number {
  const longest = Math.max(4, ...rows.map((r) => r.indicator.label.length + r.depth * 2 + (r.depth > 0 ? 3 : 0)));
  return Math.min(40, Math.max(12, longest * 2 + 2));
}

/** The A1 address of a value's cell, once every row's place is known. */
function addressOfValue(key: string, shape: ReturnType<typeof tableCells>, rowOf: ReadonlyMap<string, number>, at: Columns): string | undefined {
  const placed = shape.placed.find((p) => p.indicator.key === key);
  if (!placed) return undefined;
  const row = rowOf.get(placed.cell.row);
  const index = shape.columns.findIndex((c) => c.key === (placed.cell.column ?? shape.columns[0].key));
  return row === undefined || index < 0 ? undefined : cellAddress(row, at.firstValue + index);
}

/**
 * The formula of a computed value, in Excel's words: a rate (blank while its denominator is), a change
 * against a base (in per cent, or a rate's in 个百分点), a 合计 adding up its rows.
 */
function formulaOf(value: TableValue, address: (key: string) => string | undefined): string | undefined {
  if (value.formula) {
    const num = address(value.formula.numerator);
    const den = address(value.formula.denominator);
    return num && den ? `IF(N(${den})=0,"",${num}/${den}*${value.formula.scale})` : undefined;
  }
  if (value.change) {
    const current = address(value.change.current);
    const base = address(value.change.base);
    if (!current || !base) return undefined;
    if (value.change.points) return `IF(OR(${current}="",${base}=""),"",${current}-${base})`;
    return `IF(OR(${current}="",N(${base})=0),"",(${current}-${base})/${base}*${value.change.scale})`;
  }
  if (value.isTotal && value.children?.length) {
    const parts = value.children.map((c) => address(c.key)).filter((a): a is string => a !== undefined);
    return parts.length ? `SUM(${parts.join(",")})` : undefined;
  }
  return undefined;
}
