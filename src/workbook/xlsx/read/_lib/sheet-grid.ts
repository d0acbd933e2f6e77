import type { CellValue } from "../../../../core/sheet";
import { cellAddress } from "../../../../core/sheet";
import type { ReadLimits } from "../read-limits";
import { positiveIntOfText, REF_COLUMNS } from "./cell-refs";
import { serialToDate } from "../../../../core/sheet/excel-serial";
import { fail } from "./fail";
import { shiftFormula } from "./shift-formula";
import { plainDecimalAt, sharedIndexAt } from "./plain-number";
import { decodeExcelEscapes, xmlText } from "./xml-text";

export interface SheetContext {
  sheetName: string;
  fileName: string | undefined;
  date1904: boolean;
  limits: ReadLimits;
  /** Parsed on first use: many sheets need neither. */
  sharedStrings: () => string[];
  dateStyles: () => boolean[];
  /** The alignment indent of each cell style, parsed on first use. */
  styleIndents?: () => number[];
  /** Grid cells allocated so far in the workbook, against limits.maxCells. */
  budget: { cells: number };
  signal: AbortSignal | undefined;
}

interface SharedFormula {
  row: number;
  col: number;
  text: string;
}

/**
 * The cells of a worksheet as its rows and cells are met, whichever way the XML is read: places each
 * value within the limits, resolves shared strings, dates and shared formulas. Rows and cells without
 * an `r` take the place after the previous one. Cells without a value (style only) are not placed,
 * so a row ends at its last value and the grid at its last row with one.
 */
export class SheetGrid {
  readonly rows: CellValue[][] = [];
  formulas: Record<string, string> | undefined;
  /** The indent of each cell with a value whose style indents it, by "r,c". */
  indents: Record<string, number> | undefined;
  private readonly shared = new Map<string, SharedFormula>();
  /** Since markRow (while recording): how to take back the formulas recorded. */
  private readonly undo: Array<() => void> = [];
  private recording = false;
  // Where markRow found the rows: kept in fields, as a row is marked for every row read fast.
  private markedRowIndex = -1;
  private markedNextCol = 0;
  private markedRowsSeen = 0;
  private rowIndex = -1;
  private nextCol = 0;
  private rowsSeen = 0;

  // The cell being read.
  inCell = false;
  private cellRow = 0;
  private cellCol = 0;
  private cellType: string | undefined;
  private cellStyle = 0;
  private valueText: string | undefined;
  /** The <v> read as a number by the caller (NaN when not): a plain decimal, or a shared-string index. */
  private valueNumber = NaN;
  private inlineText: string | undefined;
  private formulaText: string | undefined;

  constructor(private readonly ctx: SheetContext) {}

  /** A <row>, with its r (0 when absent). */
  startRow(r: number): void {
    this.rowIndex = r > 0 ? r - 1 : this.rowIndex + 1;
    this.nextCol = 0;
    if ((++this.rowsSeen & 4095) === 0) this.ctx.signal?.throwIfAborted();
  }

  /**
   * Where the rows stand, to go back to should a row be read again from its start. Values placed
   * since land again on the same cells; formulas and shared-formula masters are undone, because a
   * master met later in the row must not serve a cell before it the second time round.
   */
  markRow(): void {
    this.undo.length = 0;
    this.recording = true;
    this.markedRowIndex = this.rowIndex;
    this.markedNextCol = this.nextCol;
    this.markedRowsSeen = this.rowsSeen;
  }

  /** Back to where the last markRow found the rows; nothing is recorded until the next markRow. */
  restoreRow(): void {
    this.rowIndex = this.markedRowIndex;
    this.nextCol = this.markedNextCol;
    this.rowsSeen = this.markedRowsSeen;
    this.inCell = false;
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]();
    this.undo.length = 0;
    this.recording = false;
  }

  /** A <c>, with its packed reference (-1 when absent), t and s. */
  startCell(at: number, type: string | undefined, style: number): void {
    if (at >= 0) {
      // A cell's own reference wins over its row's (and gives a row without r its place).
      this.cellCol = at % REF_COLUMNS;
      this.rowIndex = (at - this.cellCol) / REF_COLUMNS;
    } else {
      this.cellCol = this.nextCol;
    }
    if (this.rowIndex < 0) this.rowIndex = 0;
    this.cellRow = this.rowIndex;
    this.nextCol = this.cellCol + 1;
    this.cellType = type;
    this.cellStyle = style;
    this.valueText = undefined;
    this.valueNumber = NaN;
    this.inlineText = undefined;
    this.formulaText = undefined;
    this.inCell = true;
  }

  /** The text of <v>, entities decoded. */
  value(text: string): void {
    this.valueText = text;
    this.valueNumber = NaN;
  }

  /**
   * The character data of <v> (no markup inside) as bytes of the part: a shared-string index or a
   * plain decimal is read as a number in place, as value() would read its text; any other value is
   * decoded and given to value().
   */
  valueBytes(bytes: Uint8Array, from: number, to: number): void {
    const type = this.cellType;
    const n = type === "s" ? sharedIndexAt(bytes, from, to) : type === undefined || type === "n" ? plainDecimalAt(bytes, from, to) : NaN;
    if (Number.isNaN(n)) {
      this.value(xmlText(bytes, from, to));
    } else {
      this.valueText = "";
      this.valueNumber = n;
    }
  }

  /** The text of <is>. */
  inline(text: string): void {
    this.inlineText = text;
  }

  /** An <f>: its t and si attributes and its text ("" for an empty or self-closing one). */
  formula(type: string | undefined, si: string | undefined, text: string): void {
    const { cellRow: row, cellCol: col } = this;
    if (type === "shared" && si !== undefined) {
      if (text !== "") {
        const before = this.shared.get(si);
        if (this.recording) this.undo.push(() => (before ? this.shared.set(si, before) : this.shared.delete(si)));
        this.shared.set(si, { row, col, text });
        this.formulaText = text;
        return;
      }
      const master = this.shared.get(si);
      this.formulaText = master ? shiftFormula(master.text, row - master.row, col - master.col) : undefined;
      return;
    }
    this.formulaText = text === "" ? undefined : text;
  }

  /** The end of the cell: its value placed. */
  finishCell(): void {
    this.inCell = false;
    const { ctx, cellRow, cellCol } = this;
    if (this.formulaText !== undefined) {
      const formulas = (this.formulas ??= {});
      const key = `${cellRow},${cellCol}`;
      const before = formulas[key];
      if (this.recording) this.undo.push(() => (before === undefined ? delete formulas[key] : (formulas[key] = before)));
      formulas[key] = `=${this.formulaText}`;
    }
    const value = this.cellValue();
    if (value === null) return;
    if (this.cellStyle > 0 && typeof value === "string" && ctx.styleIndents) {
      const indent = ctx.styleIndents()[this.cellStyle];
      if (indent) (this.indents ??= {})[`${cellRow},${cellCol}`] = indent;
    }
    if (typeof value === "string" && value.length > ctx.limits.maxStringLength) {
      throw fail("file-too-large", "intake.text-too-long", {
        file: ctx.fileName,
        sheet: ctx.sheetName,
        cell: cellAddress(cellRow, cellCol),
        length: value.length,
        limit: ctx.limits.maxStringLength,
      });
    }
    this.place(cellRow, cellCol, value);
  }

  private place(row: number, col: number, value: CellValue): void {
    const { ctx, rows } = this;
    const { limits } = ctx;
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
  }

  private cellValue(): CellValue {
    const { valueText: v, ctx } = this;
    switch (this.cellType) {
      case "s": {
        if (v === undefined) return null;
        if (!Number.isNaN(this.valueNumber)) return ctx.sharedStrings()[this.valueNumber] ?? null;
        const digits = v.trim();
        const index = positiveIntOfText(digits);
        // An index that is not a number or points past the table cannot be resolved: the cell stays empty.
        return index > 0 || digits === "0" ? (ctx.sharedStrings()[index] ?? null) : null;
      }
      case "str":
        return v === undefined ? null : decodeExcelEscapes(v);
      case "inlineStr":
        return this.inlineText ?? (v === undefined ? null : decodeExcelEscapes(v));
      case "b":
        return v === undefined || v === "" ? null : v.trim() === "1" || v.trim() === "true";
      case "e":
        return v === undefined || v === "" ? null : { error: v.trim() };
      case "d":
        return v === undefined || v === "" ? null : isoDate(v.trim());
      default: {
        if (v === undefined) return null;
        let number = this.valueNumber;
        if (Number.isNaN(number)) {
          const trimmed = v.trim();
          if (trimmed === "") return null;
          number = Number(trimmed);
          if (!Number.isFinite(number)) return trimmed; // not a number after all: kept as written, never 0
        }
        if (this.cellStyle > 0 && ctx.dateStyles()[this.cellStyle]) return serialToDate(number, ctx.date1904) ?? number;
        return number;
      }
    }
  }
}

/** t="d" cells hold ISO 8601 text; without a zone it is the calendar time as written, so read as UTC. */
function isoDate(text: string): Date | string {
  const zoned = /[zZ]$|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? text : new Date(ms);
}
