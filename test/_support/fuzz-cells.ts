import fc from "fast-check";
import type { CellValue } from "../../src/core/sheet";

/**
 * Cell values as units' workbooks hold them, for fuzzing: figures (whole, decimal, negative, huge,
 * tiny), what clerks type as text (300余, 3.2万, １２３４, 一百二十, placeholders, "无"), dates,
 * booleans, Excel error values as formulas leave them cached (#DIV/0!, #N/A…), blanks and junk.
 */

const TYPED = [
  "300余", "3.2万", "约300", "近300", "300左右", "300以上", "300多", "1,234", "１２３４", "一百二十", "十二万三千",
  "12个", "2000元", "3.5吨", "50%", "87.6％", "0.5", "-7", "1e5", "1,2,3", "300-500", "300~500", "5千瓦时",
  "xx", "xxx", "__", "*", "某", "/", "无", "—", "-", "－", "0", "零", "不详", "待定", " ", "", "\u3000",
  "=SUM(D5:D7)", "+86", "@x", "#DIV/0!", "N/A", "TRUE", "2023年2月20日", "2月20日24时", "2023-02-21", "20230221",
  "已完成", "立行立改", "持续推进", "未启动", "已 完 成", "完成", "123456789012345678901234567890", "1e400", "NaN", "Infinity",
];

const ERRORS = ["#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#GETTING_DATA"];

export const errorCellArb: fc.Arbitrary<CellValue> = fc.constantFrom(...ERRORS).map((error) => ({ error }));

export const dateCellArb: fc.Arbitrary<CellValue> = fc.date({ min: new Date(Date.UTC(1899, 11, 30)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true });

export const numberCellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: -1 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e15, 9.99e307, -9.99e307, 1e-300, 0.1 + 0.2, Number.MAX_SAFE_INTEGER) },
);

export const textCellArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...TYPED) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
);

/** Any cell value, weighted towards figures. */
export const cellValueArb: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 8, arbitrary: numberCellArb },
  { weight: 5, arbitrary: textCellArb },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: dateCellArb },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: errorCellArb },
);
