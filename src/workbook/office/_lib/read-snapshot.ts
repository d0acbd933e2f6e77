import { parseCellAddress, type CellRange, type CellValue, type SheetSnapshot, type SheetVisibility } from "../../../core/sheet";
import { fromExcelCell } from "./excel-values";

/**
 * What one `range.load(...)` of part of the used range brings back. Formulas are not loaded (nothing
 * downstream reads them from Excel, and they would double the response); a reader that has them
 * (the .xlsx one) passes them on.
 */
export interface LoadedCells {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: string[][];
  formulas?: unknown[][];
}

/** The loaded cells of a range as plain data, so nothing reads a property of the range that was not loaded. */
export function loadedCellsOf(range: Pick<Excel.Range, "rowIndex" | "columnIndex" | "values" | "valueTypes" | "numberFormat">): LoadedCells {
  return { rowIndex: range.rowIndex, columnIndex: range.columnIndex, values: range.values, valueTypes: range.valueTypes, numberFormat: range.numberFormat };
}

/** Over five million cells Excel answers a read with null values (office-js-docs-pr excel/performance.md). */
export function cameBack(loaded: Pick<LoadedCells, "values">): boolean {
  return Array.isArray(loaded.values);
}

export function visibilityOf(visibility: string): SheetVisibility {
  if (visibility === "VeryHidden") return "veryHidden";
  if (visibility === "Hidden") return "hidden";
  return "visible";
}

/**
 * RangeAreas.address lists areas as "Sheet1!A1:C1, Sheet1!A3:B4" (the sheet name quoted when it
 * needs to be, and it may itself hold ", "); each area is what follows the last "!" of a piece.
 */
export function parseMergedAreas(address: string | undefined): CellRange[] {
  if (!address) return [];
  const areas: CellRange[] = [];
  for (const piece of address.split(",")) {
    const local = piece.slice(piece.lastIndexOf("!") + 1).trim();
    const [from, to = from] = local.split(":");
    const start = parseCellAddress(from);
    const end = parseCellAddress(to);
    if (start && end) areas.push({ top: start.row, left: start.col, bottom: end.row, right: end.col });
  }
  return areas;
}

/** Place loaded cells into a grid that starts at A1, with formula texts by "r,c". */
export function placeCells(rows: CellValue[][], formulas: Record<string, string>, loaded: LoadedCells): void {
  loaded.values.forEach((valueRow, i) => {
    const r = loaded.rowIndex + i;
    const row = rows[r] ?? (rows[r] = []);
    valueRow.forEach((value, j) => {
      const c = loaded.columnIndex + j;
      row[c] = fromExcelCell(value, loaded.valueTypes[i]?.[j], loaded.numberFormat[i]?.[j]);
      const formula = loaded.formulas?.[i]?.[j];
      if (typeof formula === "string" && formula.startsWith("=")) formulas[`${r},${c}`] = formula.slice(1);
    });
  });
}

/** A snapshot from loaded parts; rows above and cells left of the used range are empty. */
export function snapshotOf(name: string, visibility: string, parts: readonly LoadedCells[], merges: CellRange[]): SheetSnapshot {
  const rows: CellValue[][] = [];
  const formulas: Record<string, string> = {};
  for (const part of parts) placeCells(rows, formulas, part);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? (rows[r] = []);
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
  return { name, visibility: visibilityOf(visibility), rows, merges, ...(Object.keys(formulas).length > 0 ? { formulas } : {}) };
}
