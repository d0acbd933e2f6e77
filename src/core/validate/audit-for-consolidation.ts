import type { ValidationFindingLike } from "../consolidate/consolidate";
import type { ExtractedReport } from "../extract";
import type { ReportTemplate } from "../template/types";
import { readReport } from "./read-report";
import { validateReport } from "./validate-report";

/**
 * The audit rules as consolidation takes them (its `validate` option): every counted file is audited,
 * and its findings go to the summary's 审核情况 sheet, worded there.
 */
export function auditForConsolidation(template: ReportTemplate, report: ExtractedReport, file: string): ValidationFindingLike[] {
  return validateReport(readReport(template, report, file)).map(({ location, input: _input, fix: _fix, ...finding }) => ({
    ...finding,
    sheet: location.sheet,
    cell: location.cell,
  }));
}
