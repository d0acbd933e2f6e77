import type { DataValidation, Worksheet } from "exceljs";

/**
 * Parts of ExcelJS 4.4 that work and are documented in its README but missing from its type
 * declarations (or kept private), reached through one narrow cast here instead of casts everywhere.
 */
interface WorksheetInternals {
  orderNo: number;
  dataValidations: { add(address: string, validation: DataValidation): void };
  /** Merged ranges keyed by their top-left address; 1-based, inclusive. */
  _merges?: Record<string, { model: { top: number; left: number; bottom: number; right: number } }>;
}

function internals(ws: Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}

/** The position of a sheet among the workbook's tabs. */
export function sheetOrder(ws: Worksheet): number {
  return internals(ws).orderNo;
}

export function setSheetOrder(ws: Worksheet, orderNo: number): void {
  internals(ws).orderNo = orderNo;
}

/** Add a data validation to a range ("D5" or "B9:B1038"), which ExcelJS writes as one rule. */
export function addDataValidation(ws: Worksheet, address: string, validation: DataValidation): void {
  internals(ws).dataValidations.add(address, validation);
}

/** The sheet's merged ranges, 1-based and inclusive. */
export function mergedRanges(ws: Worksheet): Array<{ top: number; left: number; bottom: number; right: number }> {
  return Object.values(internals(ws)._merges ?? {}).map(({ model }) => model);
}

/** Mark a sheet's tab as selected or not (ExcelJS writes `tabSelected` but does not declare it). */
export function setTabSelected(ws: Worksheet, selected: boolean): void {
  if (!ws.views?.length) ws.views = [{ state: "normal" }];
  for (const view of ws.views) (view as { tabSelected?: boolean }).tabSelected = selected;
}
