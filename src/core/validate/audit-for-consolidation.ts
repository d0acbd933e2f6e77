import type { ExtractedReport } from "../extract";
import type { ReportTemplate } from "../template/types";
import { findingMessage } from "./finding-message";
import { readReport } from "./read-report";
import { validateReport } from "./validate-report";

/**
 * The audit rules as consolidation takes them (its `validate` option): every counted file is audited,
 * and its findings go to the summary's 审核情况 sheet in words.
 */
export function auditForConsolidation(template: ReportTemplate, report: ExtractedReport, file: string) {
  return validateReport(readReport(template, report, file)).map((f) => ({
    severity: f.severity,
    code: f.code,
    message: findingMessage(f),
    sheet: f.location.sheet,
    cell: f.location.cell,
    ...(f.indicator ? { indicator: f.indicator } : {}),
  }));
}
