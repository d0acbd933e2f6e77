import { numberFormatFor } from "../../../core/layout";
import { DAY_MS, excelSerial, isCellError, isDateFormatCode, serialToDate, type CellValue } from "../../../core/sheet";

/** What Office.js accepts for one cell of `range.values`. */
export type ExcelInput = string | number | boolean;

/** The value to send and, when the cell needs one, the number format to set before it. */
export interface CellInput {
  value: ExcelInput;
  numberFormat?: string;
}

export const TEXT_FORMAT = "@";

/**
 * Text Excel would not keep as typed: formulas (= + - @, also full-width), a leading apostrophe
 * (Excel's text prefix), error literals (#N/A), booleans, and text made only of digits with number,
 * date and time marks ("0012", "3-5", "1/2", "50%", "12:30", "2023年2月"). Such text goes into a cell
 * formatted "@", which Excel stores as text. Other text ("300余", "3.2万", names) is written as is, so
 * a number cell keeps its number format for what the clerk types next.
 */
const FORMULA_OR_PREFIX = /^\s*[=+\-@'#＝＋－＠]/;
const NUMBER_LIKE = /^[\s0-9０-９.,:/%$¥￥€£()eE+\-年月日时分秒]+$/;
const HAS_DIGIT = /[0-9０-９]/;
const BOOLEAN_WORD = /^\s*(true|false)\s*$/i;

export function isCoercibleText(text: string): boolean {
  return FORMULA_OR_PREFIX.test(text) || (NUMBER_LIKE.test(text) && HAS_DIGIT.test(text)) || BOOLEAN_WORD.test(text);
}

/**
 * A snapshot value as an Office.js input. `null` clears the cell (Office.js takes "" as "clear"; null
 * would mean "leave unchanged"). Dates go as serials with a date format when none is given; error
 * values and text that Excel would turn into something else are written as text.
 */
export function toCellInput(value: CellValue, numberFormat?: string): CellInput {
  if (value === null) return { value: "", numberFormat };
  if (typeof value === "string") return isCoercibleText(value) ? { value, numberFormat: TEXT_FORMAT } : { value, numberFormat };
  if (typeof value === "boolean") return { value, numberFormat };
  if (typeof value === "number") return Number.isFinite(value) ? { value, numberFormat } : { value: String(value), numberFormat: TEXT_FORMAT };
  if (value instanceof Date) {
    const withTime = value.getTime() % DAY_MS !== 0;
    return { value: excelSerial(value), numberFormat: numberFormat ?? numberFormatFor(withTime ? "datetime" : "date") };
  }
  if (isCellError(value)) return { value: value.error, numberFormat: TEXT_FORMAT };
  return { value: String(value), numberFormat };
}

/**
 * One cell of a loaded range as a snapshot value: `valueTypes` says what Excel holds, the number
 * format tells a date serial from a plain number.
 */
export function fromExcelCell(value: unknown, valueType: string | undefined, numberFormat: string | undefined): CellValue {
  switch (valueType) {
    case "Empty":
      return null;
    case "Error":
      return { error: String(value) };
    case "Boolean":
      return Boolean(value);
    case "Double":
    case "Integer":
      // A serial that stands for no date (60, Excel's 29 February 1900; a negative one) stays the number it is.
      return typeof value === "number" && isDateFormatCode(numberFormat) ? (serialToDate(value) ?? value) : Number(value);
    case "String":
      return String(value);
    default:
      if (value === "" || value === null || value === undefined) return null;
      return typeof value === "number" || typeof value === "boolean" ? value : String(value);
  }
}
