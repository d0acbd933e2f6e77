import type { SheetPlan } from "../core/layout";
import type { ReportTemplate } from "../core/template";
import type { WorkbookPort } from "./port";

/**
 * The summary sheets into a workbook, in order; the 汇总表 (the plan carrying the template's id) is
 * bound to its template, so the summary is itself a valid input one level up.
 */
export async function writeSummary(port: WorkbookPort, plans: readonly SheetPlan[], template: ReportTemplate, options: { replace?: boolean } = {}): Promise<void> {
  // The add-in's own very hidden data is always the latest summary's: it replaces an earlier one.
  for (const plan of plans) await port.createSheet(plan, { replace: options.replace || plan.veryHidden, activate: plan === plans[0] });
  for (const plan of plans.filter((p) => p.templateId === template.id))
    await port.writeBinding({ sheetName: plan.sheetName, templateId: template.id, templateVersion: template.version, templateJson: JSON.stringify(template) });
}
