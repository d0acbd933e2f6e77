import { isNfkcInertChar, nfkc } from "../../_lib/nfkc";
import { withoutSpaces } from "../../_lib/without-spaces";
import { cellText } from "../../form/cell-text";
import { cellAddress, cellAt, type CellValue, type SheetSnapshot } from "../../sheet";
import type { ExtractedCell } from "../extracted-report";

/**
 * A1 addresses by column, then row. Every unit's file names the same cells (D7 in each of 500
 * files), so each address is made once and shared; far-off cells are named afresh.
 */
const ADDRESSES: string[][] = [];
const MEMO_ROWS = 4096;
const MEMO_COLS = 256;

export function addressOf(row: number, col: number): string {
  if (row >= MEMO_ROWS || col >= MEMO_COLS) return cellAddress(row, col);
  const column = (ADDRESSES[col] ??= new Array<string>(MEMO_ROWS));
  return (column[row] ??= cellAddress(row, col));
}

export function extractCell(sheet: SheetSnapshot, row: number, col: number): ExtractedCell {
  return cellHolding(row, col, cellAt(sheet, row, col), sheet.formulas);
}

/** The cell at (row, col) holding this value, marked when the sheet's formulas (by "r,c") have one there. */
export function cellHolding(row: number, col: number, value: CellValue, formulas: Readonly<Record<string, string>> | undefined): ExtractedCell {
  const cell: ExtractedCell = { row, col, address: addressOf(row, col), value, text: cellText(value).trim() };
  if (formulas?.[`${row},${col}`] !== undefined) cell.formula = true;
  return cell;
}

/** The text of extractCell(sheet, row, col), without the rest of it. */
export function textAt(sheet: SheetSnapshot, row: number, col: number): string {
  return cellText(cellAt(sheet, row, col)).trim();
}

/** The cell's text with spaces removed and full-width forms folded, for comparing heads. */
export function plainText(sheet: SheetSnapshot, row: number, col: number): string {
  const value = cellAt(sheet, row, col);
  // Empty cells are most of a sheet; a number's text has no spaces and nothing NFKC changes.
  if (value === null) return "";
  if (typeof value === "number") return cellText(value);
  return withoutSpaces(nfkc(cellText(value)));
}

/**
 * Whether a cell's plain text may start with one of these characters (UTF-16 codes of CJK
 * ideographs, the first characters of the words a scan looks for). False only when it certainly
 * does not: a number, TRUE/FALSE or a date (their text starts with a digit or a Latin letter), or
 * text whose first character is none of them and is one NFKC keeps in front. A scan for a few words
 * skips most cells this way, without making their text.
 */
export function mayStartWith(value: CellValue, initials: ReadonlySet<number>): boolean {
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return false;
  if (typeof value !== "string" || value.length === 0) return true;
  const first = value.charCodeAt(0);
  return initials.has(first) || first <= 0x20 || !isNfkcInertChar(first);
}

/** The UTF-16 codes of a few characters, for mayStartWith. */
export function charCodes(chars: string): number[] {
  return [...chars].map((c) => c.charCodeAt(0));
}

/** The last row a merged range starting at (row, col) covers, or row itself. */
export function mergeBottom(sheet: SheetSnapshot, row: number, col: number): number {
  return sheet.merges.find((m) => m.top === row && m.left === col)?.bottom ?? row;
}

export function rowWidth(sheet: SheetSnapshot, row: number): number {
  return sheet.rows[row]?.length ?? 0;
}
