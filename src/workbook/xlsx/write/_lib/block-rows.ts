import type { ColumnLook, PlannedScalar, RowBlock } from "../../../../core/layout";
import { blockCell } from "../../../../core/layout/planned-cells";
import { NUMBER_BYTES, putNumber, writeCell } from "./cell-xml";
import { asciiBytes, putBytes, putInt } from "./put-bytes";
import type { SheetParts } from "./sheet-xml";
import type { StringLane } from "./shared-strings";
import type { Utf8Sink } from "./utf8-sink";

const VALUE_END = asciiBytes("</v></c>");
const ROW_START = asciiBytes('<row r="');
const ROW_END = asciiBytes("</row>");
/** Bytes of a cell's markup between its start and its value at most: `" s="` and an xf index, a type, `><v>`. */
const MID_BYTES = 32;
/** Bytes of a row or string index at most (see putInt). */
const INT_BYTES = 16;

/**
 * The starts of a sheet's rows, in order: each row's `<row r="N"`, then its height where the plan gives
 * one (as writeNumber spells it) or `">` — made once per height, not once per row — and the rows with
 * only a height passed over on the way, written empty. One object for the sheet (not closures made per
 * sheet): the block writer calls it row after row, and a new function there each sheet undid its
 * optimized code.
 */
export class RowStarts {
  private readonly byHeight = new Map<number, Uint8Array>();
  private readonly plain = asciiBytes('">');
  /** The next of `heightRows` not written yet. */
  private next = 0;
  /** Each row's height, where `hasHeight` says it has one: read by index, not looked up in the plan's object of 60,000 keys. */
  private readonly heightOf: Float64Array;
  private readonly hasHeight: Uint8Array;

  constructor(
    heights: Readonly<Record<number, number>>,
    /** The rows the plan gives a height, in order. */
    private readonly heightRows: readonly number[],
  ) {
    const rows = heightRows.length ? heightRows[heightRows.length - 1] + 1 : 0;
    this.heightOf = new Float64Array(rows);
    this.hasHeight = new Uint8Array(rows);
    for (const row of heightRows)
      if (typeof heights[row] === "number") {
        this.heightOf[row] = heights[row];
        this.hasHeight[row] = 1;
      }
  }

  /** What follows the row's number in its start tag. */
  rest(row: number): Uint8Array {
    if (row >= this.hasHeight.length || this.hasHeight[row] === 0) return this.plain;
    const height = this.heightOf[row];
    let bytes = this.byHeight.get(height);
    // String() spells a number as writeNumber does.
    if (!bytes) this.byHeight.set(height, (bytes = asciiBytes(`" ht="${String(height)}" customHeight="1">`)));
    return bytes;
  }

  /** The rows with only a height above `row`, written; `row`'s own height counted as written (its start is the caller's). */
  passTo(sink: Utf8Sink, row: number): void {
    const { heightRows } = this;
    for (; this.next < heightRows.length && heightRows[this.next] < row; this.next++) {
      this.write(sink, heightRows[this.next]);
      sink.raw(ROW_END);
    }
    if (this.next < heightRows.length && heightRows[this.next] === row) this.next++;
  }

  /** The rows with only a height above `row`, then `row`'s start tag. */
  open(sink: Utf8Sink, row: number): void {
    this.passTo(sink, row);
    this.write(sink, row);
  }

  /** The rows with only a height below all others. */
  finish(sink: Utf8Sink): void {
    this.passTo(sink, Infinity);
  }

  /** A row's start tag (`<row r="`, its number, the rest), into the sink. */
  private write(sink: Utf8Sink, row: number): void {
    const rest = this.rest(row);
    const buffer = sink.reserve(ROW_START.length + INT_BYTES + rest.length);
    sink.length = putBytes(buffer, putInt(buffer, putBytes(buffer, sink.length, ROW_START), row + 1), rest);
  }
}

/**
 * A block's column as it is written row after row: the markup around its cells (the element's start
 * with the column's letters, the style and type attributes) made once as bytes, so a cell is those bytes,
 * its row number and its value — what writeCell writes, without building it piece by piece a million
 * times. The xf index of each look (a text's, any other value's) is taken when first written, so the
 * style table lists the looks in the order cells written one by one would.
 */
export class BlockColumn {
  /** `<c r="` and the column's letters. */
  readonly start: Uint8Array;
  /** The most bytes a cell of this column takes, but for a value written by writeCell. */
  readonly cellBytes: number;
  private plainStyle = -1;
  private textStyle = -1;
  private textMidBytes?: Uint8Array;
  private numberMidBytes?: Uint8Array;
  /** The rest of an empty cell with a look; null for one without (nothing is written). */
  private emptyRestBytes?: Uint8Array | null;

  constructor(
    private readonly look: ColumnLook,
    readonly letters: string,
    readonly lane: StringLane,
    private readonly parts: SheetParts,
  ) {
    this.start = asciiBytes('<c r="' + letters);
    this.cellBytes = this.start.length + INT_BYTES + MID_BYTES + Math.max(INT_BYTES, NUMBER_BYTES) + VALUE_END.length;
  }

  /** After the row number of a text's cell: the style and `t="s"`, up to its string index. */
  textMid(): Uint8Array {
    return (this.textMidBytes ??= asciiBytes(`"${this.styleAttribute(true)} t="s"><v>`));
  }

  /** After the row number of a number's cell, up to the number. */
  numberMid(): Uint8Array {
    return (this.numberMidBytes ??= asciiBytes(`"${this.styleAttribute(false)}><v>`));
  }

  /** After the row number of an empty cell with a look; null where the column has no look (the cell is not written). */
  emptyRest(): Uint8Array | null {
    if (this.emptyRestBytes === undefined) {
      const style = this.styleAttribute(false);
      this.emptyRestBytes = style ? asciiBytes(`"${style}/>`) : null;
    }
    return this.emptyRestBytes;
  }

  /** The xf index of the column's look for a text or for any other value. */
  styleIndex(text: boolean): number {
    if (text) return this.textStyle >= 0 ? this.textStyle : (this.textStyle = this.parts.styles.indexOf(blockCell(0, 0, "", this.look)));
    return this.plainStyle >= 0 ? this.plainStyle : (this.plainStyle = this.parts.styles.indexOf(blockCell(0, 0, null, this.look)));
  }

  /** ` s="N"` for the column's look of a text or of any other value; nothing for the default look. */
  private styleAttribute(text: boolean): string {
    const style = this.styleIndex(text);
    return style ? ` s="${style}"` : "";
  }
}

/**
 * A block's rows written straight into the sink's buffer: room for a whole row is made once, then each
 * cell is its column's bytes, the row's digits (copied from where the row's start put them) and its
 * value, with no call per piece. A ledger summary's 汇总表 is 60,000 rows of 14 cells, and a call per
 * piece with a check of room in each made half of its writing. `rowStarts` writes the rows with only a
 * height passed over, and gives each row's height.
 */
export function writeBlockRows(sink: Utf8Sink, block: RowBlock, columns: readonly BlockColumn[], rowStarts: RowStarts, parts: SheetParts): void {
  const { strings } = parts;
  const values: readonly (readonly (PlannedScalar | undefined)[])[] = block.columns;
  let cellsBytes = ROW_END.length;
  for (const column of columns) cellsBytes += column.cellBytes;
  const digits = new Uint8Array(INT_BYTES);
  for (let r = 0; r < block.rowCount; r++) {
    const row = block.top + r;
    rowStarts.passTo(sink, row);
    const rest = rowStarts.rest(row);
    const rowBytes = ROW_START.length + INT_BYTES + rest.length + cellsBytes;
    let buffer = sink.reserve(rowBytes);
    let at = putBytes(buffer, sink.length, ROW_START);
    const digitsAt = at;
    at = putInt(buffer, at, row + 1);
    const digitCount = at - digitsAt;
    for (let d = 0; d < digitCount; d++) digits[d] = buffer[digitsAt + d];
    at = putBytes(buffer, at, rest);
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const value = values[c][r];
      if (typeof value === "string") {
        at = putBytes(buffer, at, column.start);
        for (let d = 0; d < digitCount; d++) buffer[at++] = digits[d];
        at = putBytes(buffer, at, column.textMid());
        at = putInt(buffer, at, strings.indexOf(value, column.lane));
        at = putBytes(buffer, at, VALUE_END);
      } else if (typeof value === "number" && Number.isFinite(value)) {
        at = putBytes(buffer, at, column.start);
        for (let d = 0; d < digitCount; d++) buffer[at++] = digits[d];
        at = putBytes(buffer, at, column.numberMid());
        at = putNumber(buffer, at, value);
        at = putBytes(buffer, at, VALUE_END);
      } else if (value === null || value === undefined) {
        const rest = column.emptyRest();
        if (!rest) continue;
        at = putBytes(buffer, at, column.start);
        for (let d = 0; d < digitCount; d++) buffer[at++] = digits[d];
        at = putBytes(buffer, at, rest);
      } else {
        // Another value (not planned in blocks today): written by writeCell, then room made again for the rest of the row.
        sink.length = at;
        writeCell(sink, column.letters, row + 1, value, undefined, column.styleIndex(false), strings, column.lane);
        buffer = sink.reserve(rowBytes);
        at = sink.length;
      }
    }
    sink.length = putBytes(buffer, at, ROW_END);
  }
}
