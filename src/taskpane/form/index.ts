export { ReportForm } from "./ReportForm";
