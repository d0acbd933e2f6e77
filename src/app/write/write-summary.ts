import type { WorkbookPort } from "../../workbook/port";
import type { Summary } from "../consolidate/summary-sheets";
import type { Progress } from "../progress";
import { writeSheets, type WriteOutcome, type WriteSheetsOptions } from "./write-sheets";

/**
 * Write a summary without overwriting: its sheets in order (see summarySheets) under names the
 * workbook does not have unless the clerk says to replace, the 汇总表 bound to its template.
 */
export function writeSummary(port: WorkbookPort, summary: Summary, options: Pick<WriteSheetsOptions, "onTaken"> = {}, progress: Progress = {}): Promise<WriteOutcome> {
  return writeSheets(port, summary.plans, { template: summary.template, onTaken: options.onTaken }, progress);
}
