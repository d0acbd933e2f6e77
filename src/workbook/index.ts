// The port and its errors. Adapters are imported from their own folders (./xlsx, ./office) so that
// the task pane does not pull ExcelJS in, nor the CLI Office.js.
export type { CellWrite, SheetInfo, TemplateBinding, WorkbookPort } from "./port";
export { WorkbookError } from "./workbook-error";
export type { WorkbookErrorCode, WorkbookErrorOptions } from "./workbook-error";
export { errorProblem } from "./error-problem";
export type { ErrorPlace } from "./error-problem";
export { METADATA_SHEET } from "./_lib/binding-rows";
export { MARKS_SHEET, type FindingMarker } from "./finding-marker";
