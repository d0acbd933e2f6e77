import type { PlannedCell, SheetPlan } from "../../../core/layout";
import { cellAddress, columnLetters, type CellRange } from "../../../core/sheet";
import { officeValidationOf } from "./data-validation";
import { toCellInput, type ExcelInput } from "./excel-values";
import type { PlanFeatures, SkippedFeature } from "./plan-features";
import { rectanglesOf, sizeOf } from "./rectangles";
import { formatKeyOf, queueRoleFormat } from "./role-format";

/** Excel column widths are given in characters by the plan and in points by Office.js (7 px a character + 5 px padding, 0.75 pt a pixel). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
  selectionMode: "Normal",
};

function rangeOf(sheet: Excel.Worksheet, r: CellRange): Excel.Range {
  const { rows, cols } = sizeOf(r);
  return sheet.getRangeByIndexes(r.top, r.left, rows, cols);
}

/** Consecutive indexes with the same number, as [first, last, value]. */
function equalRuns(entries: [number, number][]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (const [index, value] of entries.sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last && last[1] === index - 1 && last[2] === value) last[1] = index;
    else runs.push([index, index, value]);
  }
  return runs;
}

/**
 * Values, number formats and formulas of the whole plan as three 2-D arrays over its bounding box,
 * so they go to Excel in three calls. null leaves a cell alone. Number formats come first: a cell
 * formatted "@" keeps what is written next as text.
 */
function queueCells(sheet: Excel.Worksheet, cells: readonly PlannedCell[]): void {
  if (cells.length === 0) return;
  const rows = Math.max(...cells.map((c) => c.row)) + 1;
  const cols = Math.max(...cells.map((c) => c.col)) + 1;
  const grid = <T>(): (T | null)[][] => Array.from({ length: rows }, () => new Array<T | null>(cols).fill(null));
  const values = grid<ExcelInput>();
  const formats = grid<string>();
  const formulas = grid<string>();
  let anyFormula = false;
  for (const cell of cells) {
    if (cell.formula) {
      formulas[cell.row][cell.col] = "=" + cell.formula;
      anyFormula = true;
      if (cell.numberFormat) formats[cell.row][cell.col] = cell.numberFormat;
      continue;
    }
    const input = cell.value === null ? { value: null, numberFormat: cell.numberFormat } : toCellInput(cell.value, cell.numberFormat);
    values[cell.row][cell.col] = input.value;
    formats[cell.row][cell.col] = input.numberFormat ?? null;
  }
  const whole = sheet.getRangeByIndexes(0, 0, rows, cols);
  whole.numberFormat = formats;
  whole.values = values;
  if (anyFormula) whole.formulas = formulas;
}

/** One range per rectangle of alike cells, rather than one call per cell. */
function queueFormats(sheet: Excel.Worksheet, cells: readonly PlannedCell[]): void {
  const groups = new Map<string, PlannedCell[]>();
  for (const cell of cells) {
    const key = formatKeyOf(cell);
    const group = groups.get(key);
    if (group) group.push(cell);
    else groups.set(key, [cell]);
  }
  for (const group of groups.values()) {
    for (const rect of rectanglesOf(group)) queueRoleFormat(rangeOf(sheet, rect), group[0], sizeOf(rect));
  }
}

function queueSizes(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const [first, last, width] of equalRuns(plan.columnWidths.map((w, i) => [i, w]))) {
    sheet.getRange(`${columnLetters(first)}:${columnLetters(last)}`).format.columnWidth = widthInPoints(width);
  }
  const heights = Object.entries(plan.rowHeights).map(([row, h]): [number, number] => [Number(row), h]);
  for (const [first, last, height] of equalRuns(heights)) {
    sheet.getRange(`${first + 1}:${last + 1}`).format.rowHeight = height;
  }
}

function queueFreeze(sheet: Excel.Worksheet, freeze: SheetPlan["freeze"]): void {
  const { rows, columns } = freeze;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(rangeOf(sheet, { top: 0, left: 0, bottom: rows - 1, right: columns - 1 }));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

function queueValidations(sheet: Excel.Worksheet, plan: SheetPlan, skipped: SkippedFeature[]): void {
  for (const planned of plan.validations) {
    const validation = officeValidationOf(planned);
    if (!validation) {
      skipped.push({ code: "office.skipped-list", params: { sheet: plan.sheetName, cell: cellAddress(planned.range.top, planned.range.left) } });
      continue;
    }
    const dv = rangeOf(sheet, planned.range).dataValidation;
    dv.ignoreBlanks = true;
    dv.rule = validation.rule;
    dv.prompt = validation.prompt;
    dv.errorAlert = validation.errorAlert;
  }
}

/**
 * Queue everything a plan asks of a new, empty sheet, in an order Excel accepts: formats before
 * values, merges after values (a merge keeps the top-left value), protection last (a protected
 * sheet refuses further format changes). Nothing here syncs; the caller syncs once. Page setup is
 * left to `queuePageLayout` in a batch of its own, so a printer setting Excel refuses never costs
 * the clerk the form. Returns what this Excel could not do, for the clerk to be told.
 */
export function queuePlan(sheet: Excel.Worksheet, plan: SheetPlan, features: Pick<PlanFeatures, "dataValidation">): SkippedFeature[] {
  const skipped: SkippedFeature[] = [];
  queueSizes(sheet, plan);
  queueCells(sheet, plan.cells);
  queueFormats(sheet, plan.cells);
  for (const merge of plan.merges) rangeOf(sheet, merge).merge(false);
  // Data bars beside figures by unit (ExcelApi 1.6, below the add-in's 1.7 minimum).
  for (const bars of plan.dataBars ?? []) rangeOf(sheet, bars).conditionalFormats.add("DataBar");
  queueFreeze(sheet, plan.freeze);
  if (plan.validations.length > 0) {
    if (features.dataValidation) queueValidations(sheet, plan, skipped);
    else skipped.push({ code: "office.skipped-validation", params: { sheet: plan.sheetName } });
  }
  if (plan.protect) sheet.protection.protect(PROTECTION);
  return skipped;
}
