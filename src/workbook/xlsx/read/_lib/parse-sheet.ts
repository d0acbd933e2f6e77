import type { CellRange, CellValue } from "../../../../core/sheet";
import { cellAddress } from "../../../../core/sheet";
import type { ReadLimits } from "../read-limits";
import { serialToDate } from "./excel-date";
import { fail } from "./fail";
import { readStringItem } from "./parse-shared-strings";
import { shiftFormula } from "./shift-formula";
import { TAG_CLOSE, TAG_OPEN, TAG_SELF_CLOSING, XmlScanner } from "./xml-scanner";
import { decodeExcelEscapes } from "./xml-text";

export interface SheetContext {
  sheetName: string;
  fileName: string | undefined;
  date1904: boolean;
  limits: ReadLimits;
  /** Parsed on first use: many sheets need neither. */
  sharedStrings: () => string[];
  dateStyles: () => boolean[];
  /** Grid cells allocated so far in the workbook, against limits.maxCells. */
  budget: { cells: number };
  signal: AbortSignal | undefined;
}

export interface SheetContent {
  rows: CellValue[][];
  merges: CellRange[];
  formulas: Record<string, string> | undefined;
}

interface SharedFormula {
  row: number;
  col: number;
  text: string;
}

/**
 * A worksheet part's <sheetData> and <mergeCells>. Cells and rows without an `r` attribute (some
 * writers omit it) take the position after the previous one. Cells without a value (style only) are
 * not placed, so a row ends at its last value and the grid at its last row with one.
 */
export function parseSheet(xml: string, ctx: SheetContext): SheetContent {
  const { limits } = ctx;
  const scanner = new XmlScanner(xml);
  const rows: CellValue[][] = [];
  const merges: CellRange[] = [];
  let formulas: Record<string, string> | undefined;
  const shared = new Map<string, SharedFormula>();

  let inSheetData = false;
  let rowIndex = -1;
  let nextCol = 0;
  let rowsSeen = 0;

  // The cell being read.
  let inCell = false;
  let cellRow = 0;
  let cellCol = 0;
  let cellType: string | undefined;
  let cellStyle = 0;
  let valueText: string | undefined;
  let inlineText: string | undefined;
  let formulaText: string | undefined;

  const place = (row: number, col: number, value: CellValue): void => {
    if (row >= limits.maxRows) throw fail("file-too-large", "intake.too-many-rows", { file: ctx.fileName, sheet: ctx.sheetName, limit: limits.maxRows });
    if (col >= limits.maxColumns) {
      throw fail("file-too-large", "intake.too-many-columns", { file: ctx.fileName, sheet: ctx.sheetName, cell: cellAddress(row, col), limit: limits.maxColumns });
    }
    let cells = rows[row];
    // Rows between values exist as empty arrays, each counted as one cell; cells between values are nulls.
    const added = cells === undefined ? row + 1 - rows.length + col + 1 : Math.max(0, col + 1 - cells.length);
    ctx.budget.cells += added;
    if (ctx.budget.cells > limits.maxCells) throw fail("file-too-large", "intake.too-many-cells", { file: ctx.fileName, limit: limits.maxCells });
    if (cells === undefined) {
      while (rows.length < row) rows.push([]);
      cells = [];
      rows[row] = cells;
    }
    while (cells.length < col) cells.push(null);
    cells[col] = value;
  };

  const finishCell = (): void => {
    inCell = false;
    if (formulaText !== undefined) {
      formulas ??= {};
      formulas[`${cellRow},${cellCol}`] = `=${formulaText}`;
    }
    const value = cellValue(cellType, valueText, inlineText, cellStyle, ctx);
    if (value === null) return;
    if (typeof value === "string" && value.length > limits.maxStringLength) {
      throw fail("file-too-large", "intake.text-too-long", {
        file: ctx.fileName,
        sheet: ctx.sheetName,
        cell: cellAddress(cellRow, cellCol),
        length: value.length,
        limit: limits.maxStringLength,
      });
    }
    place(cellRow, cellCol, value);
  };

  while (scanner.next()) {
    const name = scanner.name;
    const kind = scanner.kind;
    if (kind === TAG_CLOSE) {
      if (name === "c" && inCell) finishCell();
      else if (name === "sheetData") inSheetData = false;
      continue;
    }
    if (!inSheetData) {
      if (name === "sheetData") inSheetData = kind === TAG_OPEN;
      else if (name === "mergeCell") {
        const range = parseRange(scanner.attr("ref"));
        if (range) merges.push(range);
      }
      continue;
    }
    switch (name) {
      case "row": {
        const r = positiveInt(scanner.attr("r"));
        rowIndex = r > 0 ? r - 1 : rowIndex + 1;
        nextCol = 0;
        if ((++rowsSeen & 4095) === 0) ctx.signal?.throwIfAborted();
        break;
      }
      case "c": {
        const ref = scanner.attr("r");
        const at = ref === undefined ? undefined : parseCellRef(ref);
        if (at) {
          // A cell's own reference wins over its row's (and gives a row without r its place).
          rowIndex = at.row;
          cellCol = at.col;
        } else {
          cellCol = nextCol;
        }
        if (rowIndex < 0) rowIndex = 0;
        cellRow = rowIndex;
        nextCol = cellCol + 1;
        cellType = scanner.attr("t");
        cellStyle = positiveInt(scanner.attr("s"));
        valueText = undefined;
        inlineText = undefined;
        formulaText = undefined;
        inCell = true;
        if (kind === TAG_SELF_CLOSING) finishCell();
        break;
      }
      case "v":
        if (inCell && kind === TAG_OPEN) valueText = scanner.text();
        else if (inCell) valueText = "";
        break;
      case "is":
        if (inCell && kind === TAG_OPEN) inlineText = readStringItem(scanner, "is");
        break;
      case "f":
        if (inCell) formulaText = readFormula(scanner, kind, cellRow, cellCol, shared);
        break;
      default:
        break;
    }
  }
  if (inCell) finishCell(); // a part cut off inside a cell still yields what was read
  return { rows, merges, formulas };
}

function readFormula(scanner: XmlScanner, kind: number, row: number, col: number, shared: Map<string, SharedFormula>): string | undefined {
  const type = scanner.attr("t");
  const si = scanner.attr("si");
  const text = kind === TAG_OPEN ? scanner.text() : "";
  if (type === "shared" && si !== undefined) {
    if (text !== "") {
      shared.set(si, { row, col, text });
      return text;
    }
    const master = shared.get(si);
    return master ? shiftFormula(master.text, row - master.row, col - master.col) : undefined;
  }
  return text === "" ? undefined : text;
}

function cellValue(type: string | undefined, v: string | undefined, inline: string | undefined, style: number, ctx: SheetContext): CellValue {
  switch (type) {
    case "s": {
      const index = v === undefined ? 0 : positiveInt(v.trim());
      // An index that is not a number or points past the table cannot be resolved: the cell stays empty.
      return index > 0 || v?.trim() === "0" ? (ctx.sharedStrings()[index] ?? null) : null;
    }
    case "str":
      return v === undefined ? null : decodeExcelEscapes(v);
    case "inlineStr":
      return inline ?? (v === undefined ? null : decodeExcelEscapes(v));
    case "b":
      return v === undefined || v === "" ? null : v.trim() === "1" || v.trim() === "true";
    case "e":
      return v === undefined || v === "" ? null : { error: v.trim() };
    case "d":
      return v === undefined || v === "" ? null : isoDate(v.trim());
    default: {
      if (v === undefined) return null;
      const trimmed = v.trim();
      if (trimmed === "") return null;
      const number = Number(trimmed);
      if (!Number.isFinite(number)) return trimmed; // not a number after all: kept as written, never 0
      if (style > 0 && ctx.dateStyles()[style]) return serialToDate(number, ctx.date1904) ?? number;
      return number;
    }
  }
}

/** t="d" cells hold ISO 8601 text; without a zone it is the calendar time as written, so read as UTC. */
function isoDate(text: string): Date | string {
  const zoned = /[zZ]$|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? text : new Date(ms);
}

/** A non-negative integer from digits; anything else gives 0 (callers treat 0 as "absent"). */
function positiveInt(text: string | undefined): number {
  if (text === undefined || text.length === 0 || text.length > 10) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 0;
    n = n * 10 + d;
  }
  return n;
}

/** "B7" → {row: 6, col: 1}; undefined for anything else (a malformed r is treated as missing). */
function parseCellRef(ref: string): { row: number; col: number } | undefined {
  let i = 0;
  let col = 0;
  for (; i < ref.length && i < 4; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper-case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === 0 || i > 3) return undefined;
  const row = positiveInt(ref.slice(i));
  return row > 0 ? { row: row - 1, col: col - 1 } : undefined;
}

function parseRange(ref: string | undefined): CellRange | undefined {
  if (!ref) return undefined;
  const [first, second = first] = ref.split(":");
  const a = parseCellRef(first);
  const b = parseCellRef(second);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
