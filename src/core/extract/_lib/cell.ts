import { cellText } from "../../form/cell-text";
import { cellAddress, cellAt, type SheetSnapshot } from "../../sheet";
import type { ExtractedCell } from "../extracted-report";

export function extractCell(sheet: SheetSnapshot, row: number, col: number): ExtractedCell {
  const value = cellAt(sheet, row, col);
  return { row, col, address: cellAddress(row, col), value, text: cellText(value).trim() };
}

/** The cell's text with spaces removed and full-width forms folded, for comparing heads. */
export function plainText(sheet: SheetSnapshot, row: number, col: number): string {
  return cellText(cellAt(sheet, row, col)).normalize("NFKC").replace(/\s+/g, "");
}

/** The last row a merged range starting at (row, col) covers, or row itself. */
export function mergeBottom(sheet: SheetSnapshot, row: number, col: number): number {
  return sheet.merges.find((m) => m.top === row && m.left === col)?.bottom ?? row;
}

export function rowWidth(sheet: SheetSnapshot, row: number): number {
  return sheet.rows[row]?.length ?? 0;
}
