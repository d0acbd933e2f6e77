import type { ValidationFindingLike } from "../consolidate/consolidate";
import type { ExtractedCell, ExtractedReport } from "../extract";
import type { ReportTemplate } from "../template/types";
import type { Finding } from "./finding";
import { readReport, type EntryPrior, type PriorParse } from "./read-report";
import { validateReport } from "./validate-report";

/**
 * The audit rules as consolidation takes them (its `validate` option): every counted file is audited,
 * and its findings go to the summary's 审核情况 sheet, worded there. The cells the consolidation parsed
 * (`parsed`), and a ledger's entries it read (`entries`), are not read again: a file is read once for both.
 */
export function auditForConsolidation(
  template: ReportTemplate,
  report: ExtractedReport,
  file: string,
  parsed?: ReadonlyMap<ExtractedCell, PriorParse>,
  entries?: readonly (EntryPrior | undefined)[],
): ValidationFindingLike[] {
  const findings = validateReport(readReport(template, report, file, parsed, entries));
  const out: ValidationFindingLike[] = new Array(findings.length);
  for (let i = 0; i < findings.length; i++) out[i] = withoutLocation(findings[i]);
  return out;
}

/**
 * The finding as consolidation lists it: its own keys in order but location, input and fix, then the
 * sheet and cell. A loop over the keys, not a rest pattern: the rest pattern copies through a slow
 * generic path, and a ledger's audit lists a finding for a good part of its rows.
 */
function withoutLocation(finding: Finding): ValidationFindingLike {
  const out: Record<string, unknown> = {};
  for (const key in finding) if (key !== "location" && key !== "input" && key !== "fix") out[key] = finding[key as keyof Finding];
  out.sheet = finding.location.sheet;
  out.cell = finding.location.cell;
  return out as ValidationFindingLike;
}
