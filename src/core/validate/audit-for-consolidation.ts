import type { ValidationFindingLike } from "../consolidate/consolidate";
import type { ExtractedCell, ExtractedReport } from "../extract";
import type { ReportTemplate } from "../template/types";
import { readReport, type PriorParse } from "./read-report";
import { validateReport } from "./validate-report";

/**
 * The audit rules as consolidation takes them (its `validate` option): every counted file is audited,
 * and its findings go to the summary's 审核情况 sheet, worded there. The cells the consolidation parsed
 * (`parsed`) are not parsed again: a file is read once for both.
 */
export function auditForConsolidation(template: ReportTemplate, report: ExtractedReport, file: string, parsed?: ReadonlyMap<ExtractedCell, PriorParse>): ValidationFindingLike[] {
  return validateReport(readReport(template, report, file, parsed)).map(({ location, input: _input, fix: _fix, ...finding }) => ({
    ...finding,
    sheet: location.sheet,
    cell: location.cell,
  }));
}
