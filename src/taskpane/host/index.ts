export type { ActiveSheetSource, BrowserHost, BrowserWorkbook, ExcelHost, TaskpaneHost } from "./taskpane-host";
export { createBrowserHost } from "./browser-host";
export { createExcelHost } from "./excel-host";
export { detectOffice } from "./detect-office";
export type { OfficeHostKind } from "./detect-office";
export { downloadBytes } from "./download-bytes";
