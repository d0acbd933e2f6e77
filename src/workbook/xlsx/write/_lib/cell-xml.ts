import { excelSerial, isCellError, type CellValue } from "../../../../core/sheet";
import { putAscii, putInt } from "./put-bytes";
import type { SharedStrings, StringLane } from "./shared-strings";
import type { Utf8Sink } from "./utf8-sink";
import { xmlEscape } from "./xml-escape";

/** The most bytes putNumber writes: String() spells no finite number longer ("-2.2250738585072014e-308" is 24). */
export const NUMBER_BYTES = 25;

/** A finite number as String() writes it: whole numbers digit by digit, others through String (digits, sign, point, exponent: all ASCII). */
export function putNumber(buffer: Uint8Array, at: number, value: number): number {
  if (Number.isInteger(value) && value < 1e15 && value > -1e15) {
    if (value >= 0) return putInt(buffer, at, value);
    buffer[at] = 45; // -
    return putInt(buffer, at + 1, -value);
  }
  return putAscii(buffer, at, String(value));
}

/** A finite number as String() writes it, into the sink. */
export function writeNumber(sink: Utf8Sink, value: number): void {
  sink.length = putNumber(sink.reserve(NUMBER_BYTES), sink.length, value);
}

/**
 * A cell's element, written into the sink piece by piece (no string made for it); nothing for an
 * empty cell without a look. `column` is the column's letters, `rowNumber` the row's 1-based number.
 */
export function writeCell(sink: Utf8Sink, column: string, rowNumber: number, value: CellValue, formula: string | undefined, style: number, strings: SharedStrings, lane: StringLane): void {
  if (!formula && (value === null || value === undefined)) {
    if (!style) return;
  } else if (!formula && typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean" && !(value instanceof Date) && !isCellError(value)) return;
  sink.ascii('<c r="');
  sink.ascii(column);
  sink.int(rowNumber);
  if (style) {
    sink.ascii('" s="');
    sink.int(style);
  }
  if (formula) {
    sink.ascii('"><f>');
    sink.write(xmlEscape(formula));
    sink.ascii("</f></c>");
  } else if (value === null || value === undefined) sink.ascii('"/>');
  else if (typeof value === "string") {
    sink.ascii('" t="s"><v>');
    sink.int(strings.indexOf(value, lane));
    sink.ascii("</v></c>");
  } else if (typeof value === "number") {
    if (!Number.isFinite(value)) return sink.ascii('"/>');
    sink.ascii('"><v>');
    writeNumber(sink, value);
    sink.ascii("</v></c>");
  } else if (typeof value === "boolean") sink.ascii(value ? '" t="b"><v>1</v></c>' : '" t="b"><v>0</v></c>');
  else if (value instanceof Date) {
    sink.ascii('"><v>');
    writeNumber(sink, excelSerial(value));
    sink.ascii("</v></c>");
  } else {
    sink.ascii('" t="e"><v>');
    sink.write(xmlEscape(value.error));
    sink.ascii("</v></c>");
  }
}
