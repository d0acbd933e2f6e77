// The .xlsx adapter. `xlsx-file.ts` (readXlsxFile, writeXlsxFile) uses Node's file system and is
// imported by path from the command line only, so this index stays safe for the browser page.
export { XlsxWorkbook } from "./xlsx-workbook";
export { XlsxFindingMarker } from "./xlsx-finding-marker";
