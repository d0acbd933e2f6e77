export type { BrowserHost, BrowserWorkbook, ExcelHost, TaskpaneHost } from "./taskpane-host";
export { createBrowserHost } from "./browser-host";
export { createExcelHost } from "./excel-host";
export { detectOffice } from "./detect-office";
export { downloadBytes } from "./download-bytes";
export { OFFICE_SLOW_MS, waitForOffice } from "./office-wait";
