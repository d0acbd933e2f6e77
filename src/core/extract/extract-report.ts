import type { SheetSnapshot } from "../sheet";
import type { ReportTemplate } from "../template/types";
import { extractIndicators } from "./extract-indicators";
import { extractLedger } from "./extract-ledger";
import type { ExtractedReport } from "./extracted-report";

/** Read what a sheet says against a template, by label. */
export function extractReport(template: ReportTemplate, sheet: SheetSnapshot): ExtractedReport {
  return template.kind === "indicators" ? extractIndicators(template, sheet) : extractLedger(template, sheet);
}
