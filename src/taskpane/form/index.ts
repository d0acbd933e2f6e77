export { ReportForm } from "./ReportForm";
export type { FieldRequest } from "./ReportForm";
