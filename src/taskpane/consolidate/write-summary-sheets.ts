import type { SheetPlan } from "../../core/layout";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import { writeSummary } from "../../workbook/write-summary";

/** Writing the summary failed part of the way: the sheets it had already made are named, so the clerk can remove them. */
export class PartialSummaryError extends Error {
  constructor(
    readonly written: string[],
    options: { cause: unknown },
  ) {
    super(`summary written only in part: ${written.join(", ")}`, options);
    this.name = "PartialSummaryError";
  }
}

/**
 * The summary's sheets into a workbook (writeSummary). The port cannot delete a sheet, so a failure
 * half-way cannot be rolled back in Excel: the sheets it made are found by listing the workbook again
 * and reported with the cause (PartialSummaryError).
 */
export async function writeSummarySheets(
  port: WorkbookPort,
  plans: readonly SheetPlan[],
  template: ReportTemplate,
  options: { replace?: boolean } = {},
): Promise<void> {
  const before = new Set((await port.listSheets()).map((s) => s.name.toLowerCase()));
  try {
    await writeSummary(port, plans, template, options);
  } catch (error) {
    let written: string[] = [];
    try {
      const after = new Set((await port.listSheets()).map((s) => s.name.toLowerCase()));
      written = plans.map((p) => p.sheetName).filter((name) => after.has(name.toLowerCase()) && !before.has(name.toLowerCase()));
    } catch {
      // The workbook cannot even be listed now: the first failure is the one to report.
    }
    throw new PartialSummaryError(written, { cause: error });
  }
}
