import { planSheet, sheetNameFor, takenSheetName, type SheetPlan } from "../../core/layout";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";

/** The name a template's sheet would take, and — when a sheet of that name exists — the free name offered instead. */
export interface SheetProposal {
  name: string;
  taken: boolean;
  freeName: string;
}

export async function proposeSheet(port: WorkbookPort, template: ReportTemplate): Promise<SheetProposal> {
  const names = (await port.listSheets()).map((sheet) => sheet.name);
  const base = sheetNameFor(template.title);
  // Replacing must name the sheet as the workbook spells it.
  const existing = takenSheetName(base, names);
  return { name: existing ?? base, taken: existing !== undefined, freeName: sheetNameFor(template.title, names) };
}

/**
 * Lay out the template's sheet, create it (replacing only when the clerk said so), and record the
 * template in the workbook so the form can be rebuilt from any copy of the file.
 */
export async function createReport(port: WorkbookPort, template: ReportTemplate, sheetName: string, replace: boolean): Promise<SheetPlan> {
  const plan = planSheet(template, { sheetName });
  await port.createSheet(plan, { replace, activate: true });
  await port.writeBinding({
    sheetName: plan.sheetName,
    templateId: template.id,
    templateVersion: template.version,
    templateJson: JSON.stringify(template),
  });
  return plan;
}
