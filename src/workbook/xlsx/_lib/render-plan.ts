import type { ConditionalFormattingRule, Style, Worksheet } from "exceljs";
import { plannedCells, type PlannedCell, type SheetPlan } from "../../../core/layout";
import { cellAddress, rangeAddress } from "../../../core/sheet";
import { cellStyleFor } from "./cell-style";
import { DATA_BAR_COLOR, lookKeyOf, sheetProtectionOf } from "./sheet-look";
import { dataValidationFor } from "./data-validation";
import { addDataValidation } from "./exceljs-internals";
import { renderPrintSetup } from "./render-print-setup";

/**
 * One style object per distinct look, shared by all the cells that have it. ExcelJS recognises a style
 * object it has seen (a WeakMap) when writing; a style assembled per cell (setting font, border … one by
 * one) is hashed into the styles table cell by cell, which was a fifth of writing a ledger summary.
 * Whoever changes a cell's look afterwards assigns a new object (see writeCells, the finding marker).
 */
function sharedStyles(): (planned: PlannedCell) => Partial<Style> {
  const styles = new Map<string, Partial<Style>>();
  return (planned) => {
    const key = lookKeyOf(planned);
    let style = styles.get(key);
    if (!style) {
      const { font, alignment, protection, fill, border, numFmt } = cellStyleFor(planned);
      style = { font, alignment, protection, ...(fill ? { fill } : {}), ...(border ? { border } : {}), ...(numFmt ? { numFmt } : {}) };
      styles.set(key, style);
    }
    return style;
  };
}

/** Draw a plan on an empty worksheet: cells with their looks, merges, sizes, validation, print and protection. */
export async function renderPlan(ws: Worksheet, plan: SheetPlan): Promise<void> {
  plan.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const [row, height] of Object.entries(plan.rowHeights)) ws.getRow(Number(row) + 1).height = height;

  const styleOf = sharedStyles();
  for (const planned of plannedCells(plan)) {
    const cell = ws.getCell(planned.row + 1, planned.col + 1);
    if (planned.formula) cell.value = { formula: planned.formula, date1904: false };
    else if (planned.value !== null) cell.value = planned.value;
    cell.style = styleOf(planned) as Style;
  }
  for (const range of plan.merges) ws.mergeCells(range.top + 1, range.left + 1, range.bottom + 1, range.right + 1);

  for (const planned of plan.validations) {
    const validation = dataValidationFor(planned);
    if (validation) addDataValidation(ws, rangeAddress(planned.range), validation);
  }

  for (const range of plan.dataBars ?? [])
    ws.addConditionalFormatting({
      ref: rangeAddress(range),
      rules: [{ type: "dataBar", priority: 1, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: DATA_BAR_COLOR }, gradient: true } as unknown as ConditionalFormattingRule],
    });
  if (plan.veryHidden) ws.state = "veryHidden";
  const { rows, columns } = plan.freeze;
  ws.views = [
    rows || columns
      ? { state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows, columns), showGridLines: true }
      : { state: "normal", showGridLines: true },
  ];
  renderPrintSetup(ws, plan.print);

  if (plan.protect) await ws.protect("", sheetProtectionOf(plan));
}
