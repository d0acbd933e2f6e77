export { cellAt, isCellError } from "./snapshot";
export type { CellError, CellRange, CellValue, SheetSnapshot, SheetVisibility } from "./snapshot";
export { cellAddress, columnLetters, parseCellAddress, rangeAddress } from "./address";
export { DAY_MS, excelSerial, excelSerialOfTime, serialToDate } from "./excel-serial";
export { isDateFormatCode } from "./date-format-code";
export { computeUncachedFormulas, isUncomputedFormula, UNCOMPUTED_FORMULA } from "./compute-uncached-formulas";
