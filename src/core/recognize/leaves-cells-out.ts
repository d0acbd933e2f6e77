import type { ExtractedReport } from "../extract";

/**
 * Whether a form read against a known template leaves something out: a filled row the template does
 * not know, or a filled cell it cannot place (a column it lacks: 上年同期 on a form of 本期 | 累计).
 * Such a form is the office's own, not the known one partly filled.
 */
export function leavesCellsOut(report: ExtractedReport): boolean {
  return report.unmatched.length > 0 || (report.unplaced?.length ?? 0) > 0;
}
