export { readOpenedWorkbook, readWorkbookValues } from "./read-workbook-values";
export type { ReadWorkbookOptions, WorkbookValues } from "./workbook-values";
export { DEFAULT_READ_LIMITS, EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS, EXCEL_MAX_STRING_LENGTH } from "./read-limits";
export type { ReadLimits } from "./read-limits";
export { inflateZipEntry, looksLikeZip, openZipArchive, storedBytes } from "./zip-archive";
export { PartMemo } from "./_lib/part-memo";
export type { RawInflater, ZipArchive, ZipEntry, ZipInflateResult, ZipOpenResult } from "./zip-archive";
