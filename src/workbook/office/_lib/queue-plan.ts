import { plannedCells, type PlannedCell, type SheetPlan } from "../../../core/layout";
import { cellAddress, columnLetters, type CellRange } from "../../../core/sheet";
import { officeValidationOf } from "./data-validation";
import { queueBlocks, type CellBlock } from "./cell-blocks";
import { toCellInput, type CellInput, type ExcelInput } from "./excel-values";
import type { PlanFeatures, SkippedFeature } from "./plan-features";
import { rectanglesOf, sizeOf } from "./rectangles";
import { formatKeyOf, queueRoleFormat } from "./role-format";

/** Excel column widths are given in characters by the plan and in points by Office.js (7 px a character + 5 px padding, 0.75 pt a pixel). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** How the add-in protects a form: the clerk may still size columns and rows and filter. */
export const PROTECTION: Excel.WorksheetProtectionOptions = {
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
 * The plan's values, number formats and formulas as rectangular blocks of alike-placed cells (one
 * `range.values`, `range.numberFormat` and `range.formulas` each), so a big plan can be cut into
 * requests below Excel's 5 MB limit like any other write. A formula cell leaves its value alone.
 */
export function planBlocks(cells: readonly PlannedCell[]): CellBlock[] {
  const byKey = new Map<string, PlannedCell>();
  for (const cell of cells) byKey.set(`${cell.row},${cell.col}`, cell);
  return rectanglesOf(byKey.values()).map((rect) => {
    const values: (ExcelInput | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    const formulas: (string | null)[][] = [];
    let anyFormula = false;
    for (let r = rect.top; r <= rect.bottom; r++) {
      const valueRow: (ExcelInput | null)[] = [];
      const formatRow: (string | null)[] = [];
      const formulaRow: (string | null)[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = byKey.get(`${r},${c}`)!;
        if (cell.formula) {
          anyFormula = true;
          valueRow.push(null);
          formatRow.push(cell.numberFormat ?? null);
          formulaRow.push("=" + cell.formula);
          continue;
        }
        const input: CellInput = cell.value === null ? { value: "", numberFormat: cell.numberFormat } : toCellInput(cell.value, cell.numberFormat);
        // An empty planned cell leaves the new sheet's cell alone rather than clearing it.
        valueRow.push(cell.value === null ? null : input.value);
        formatRow.push(input.numberFormat ?? null);
        formulaRow.push(null);
      }
      values.push(valueRow);
      numberFormats.push(formatRow);
      formulas.push(formulaRow);
    }
    return { top: rect.top, left: rect.left, values, numberFormats, ...(anyFormula ? { formulas } : {}) };
  });
}

/** One range per rectangle of alike cells, rather than one call per cell. */
function queueFormats(sheet: Excel.Worksheet, cells: readonly PlannedCell[], features: Pick<PlanFeatures, "indent">): void {
  const groups = new Map<string, PlannedCell[]>();
  for (const cell of cells) {
    const key = formatKeyOf(cell);
    const group = groups.get(key);
    if (group) group.push(cell);
    else groups.set(key, [cell]);
  }
  for (const group of groups.values()) {
    for (const rect of rectanglesOf(group)) queueRoleFormat(rangeOf(sheet, rect), group[0], sizeOf(rect), features);
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
 * sheet refuses further format changes). `blocks` are the plan's cells that fit in this request
 * (all of them, unless the plan is bigger than one request); the caller writes the rest in further
 * requests and protects the sheet after the last one (`protect: false` here). Nothing here syncs;
 * the caller syncs once. Page setup is left to `queuePageLayout` in a batch of its own, so a printer
 * setting Excel refuses never costs the clerk the form. Returns what this Excel could not do.
 */
export function queuePlan(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  features: Pick<PlanFeatures, "dataValidation" | "indent">,
  part: { blocks: readonly CellBlock[]; protect: boolean },
): SkippedFeature[] {
  const skipped: SkippedFeature[] = [];
  queueSizes(sheet, plan);
  queueFormats(sheet, plannedCells(plan), features);
  queueBlocks(sheet, part.blocks);
  for (const merge of plan.merges) rangeOf(sheet, merge).merge(false);
  // Data bars beside figures by unit (ExcelApi 1.6, below the add-in's 1.7 minimum).
  for (const bars of plan.dataBars ?? []) rangeOf(sheet, bars).conditionalFormats.add("DataBar");
  queueFreeze(sheet, plan.freeze);
  if (plan.validations.length > 0) {
    if (features.dataValidation) queueValidations(sheet, plan, skipped);
    else skipped.push({ code: "office.skipped-validation", params: { sheet: plan.sheetName } });
  }
  if (plan.protect && part.protect) sheet.protection.protect(PROTECTION);
  return skipped;
}
