/**
 * What core sees of a worksheet: the values of its used range as a grid, starting at A1, plus merged
 * ranges. Adapters (Office.js, .xlsx files) produce snapshots; core never touches a workbook.
 */

/** An Excel error value such as #DIV/0! or #N/A, kept apart from text that merely looks like one. */
export interface CellError {
  error: string;
}

/**
 * One cell's value. Dates are JS Dates at UTC midnight of the calendar day (times kept as UTC
 * hours), already corrected for the 1900/1904 date systems by the adapter. For a formula the
 * snapshot holds its cached result; `formulas` (when read) holds the formula text.
 */
export type CellValue = string | number | boolean | Date | CellError | null;

/** A rectangle of cells, 0-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  /** rows[r][c] is the cell at 0-based row r, column c; rows may be ragged; missing cells are null. */
  rows: CellValue[][];
  merges: CellRange[];
  /** Formula text by "r,c" for cells that hold one, when the adapter read them. */
  formulas?: Record<string, string>;
  /** The alignment indent of text cells whose style indents them, by "r,c" (a 其中 row's label), when the adapter read it. */
  indents?: Record<string, number>;
}

export function isCellError(value: CellValue): value is CellError {
  return value !== null && typeof value === "object" && !(value instanceof Date) && "error" in value;
}

/** The value at (row, col), or null when outside the grid. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  return sheet.rows[row]?.[col] ?? null;
}
