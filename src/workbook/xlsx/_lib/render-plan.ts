import type { ConditionalFormattingRule, Style, Worksheet } from "exceljs";
import type { PlannedCell, SheetPlan } from "../../../core/layout";
import { cellAddress, rangeAddress } from "../../../core/sheet";
import { cellStyleFor } from "./cell-style";
import { dataValidationFor } from "./data-validation";
import { addDataValidation } from "./exceljs-internals";

/** A4 in the OOXML paper-size table. */
const PAPER_A4 = 9;

/**
 * One style object per distinct look, shared by all the cells that have it. ExcelJS recognises a style
 * object it has seen (a WeakMap) when writing; a style assembled per cell (setting font, border … one by
 * one) is hashed into the styles table cell by cell, which was a fifth of writing a ledger summary.
 * Whoever changes a cell's look afterwards assigns a new object (see writeCells, the finding marker).
 */
function sharedStyles(): (planned: PlannedCell) => Partial<Style> {
  const styles = new Map<string, Partial<Style>>();
  return (planned) => {
    const key = `${planned.style}|${planned.indent ?? 0}|${planned.numberFormat ?? ""}|${planned.locked}`;
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
  for (const planned of plan.cells) {
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
      rules: [{ type: "dataBar", priority: 1, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF5B9BD5" }, gradient: true } as unknown as ConditionalFormattingRule],
    });
  if (plan.veryHidden) ws.state = "veryHidden";
  const { rows, columns } = plan.freeze;
  ws.views = [
    rows || columns
      ? { state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: cellAddress(rows, columns), showGridLines: true }
      : { state: "normal", showGridLines: true },
  ];
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4,
    orientation: plan.print.orientation,
    fitToPage: plan.print.fitToWidth,
    fitToWidth: 1,
    // 0 lets a long table run onto as many pages as it needs while fitting the width.
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${plan.print.titleRows.first + 1}:${plan.print.titleRows.last + 1}`,
  };

  if (plan.protect) {
    // No password: protection keeps the form's labels and formulas from being typed over by accident,
    // not a secret. Ledgers grow, so rows may be inserted there.
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: plan.anchors.ledger !== undefined,
    });
  }
}
