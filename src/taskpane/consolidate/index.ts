export { ConsolidateView } from "./ConsolidateView";
export type { NewWorkbook, SummaryTarget } from "./summary-target";
export type { UnitFileReader } from "./read-unit-file";
