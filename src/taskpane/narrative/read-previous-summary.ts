import { findSummaries, type SummarySource } from "../../app";
import { message, problemText } from "../../core/locale";
import { intakeContent } from "../consolidate/_lib/intake-content";

export type PreviousSummary = { ok: true; summary: SummarySource } | { ok: false; reason: string };

/**
 * Last period's summary from a file the clerk picks, as `narrate --prev` reads it: the file through
 * the lean reader (read-only, nothing loaded into ExcelJS), its summary of the same form as the one
 * narrated. A file that is not a workbook, or holds no summary of that form, comes back with why.
 */
export async function readPreviousSummary(fileName: string, bytes: Uint8Array, current: SummarySource): Promise<PreviousSummary> {
  const read = await intakeContent(fileName, bytes);
  if (!read.ok) return { ok: false, reason: problemText(read.problem) };
  const { ReadOnlyWorkbook } = await import(/* webpackChunkName: "intake" */ "../../workbook/xlsx/read-only-workbook");
  const template = current.template;
  const [found] = await findSummaries(new ReadOnlyWorkbook(read.content, fileName), [template], { given: template, reports: true });
  if (!found || found.template.id !== template.id) return { ok: false, reason: message("ui.narrative.previous-not-summary", { file: fileName, title: template.title }) };
  return { ok: true, summary: found };
}
