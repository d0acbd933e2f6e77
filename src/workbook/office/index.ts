export { runExcel } from "./run-excel";
export type { ExcelBatch, ExcelRun, RunExcelOptions } from "./run-excel";
export { OfficeWorkbook } from "./office-workbook";
export type { CreateSheetOptions, OfficeWorkbookOptions } from "./office-workbook";
export { OfficeWorkbookView } from "./office-workbook-view";
export type { OfficeWorkbookViewOptions, WorkbookView } from "./office-workbook-view";
export type { SkippedFeature } from "./_lib/plan-features";
export type { IsSetSupported } from "./_lib/host-support";
export { OfficeFindingMarker, type OfficeFindingMarkerOptions } from "./office-finding-marker";
