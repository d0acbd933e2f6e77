import { planNarrativeSheet } from "../../core/narrative";
import type { WorkbookPort } from "../../workbook/port";
import { writeSheets, type WriteOutcome, type WriteSheetsOptions } from "../write/write-sheets";
import type { SummarySource } from "./find-summaries";

/**
 * The paragraph on a 综述 sheet of its own, titled after the summary's form, without overwriting:
 * a 综述 sheet already there is replaced only when the clerk says so (see writeSheets).
 */
export function writeNarrative(port: WorkbookPort, summary: SummarySource, text: string, options: Pick<WriteSheetsOptions, "onTaken"> = {}): Promise<WriteOutcome> {
  return writeSheets(port, [planNarrativeSheet(summary.template, text)], options);
}
