import { planSheet, type HeaderValues, type SheetPlan } from "../../core/layout";
import type { ReportTemplate } from "../../core/template";
import { XlsxWorkbook } from "../../workbook/xlsx";

/**
 * A blank unit workbook for a template: the formatted, validated, protected sheet with the header
 * values filled in, and the very hidden binding that carries the template's JSON with the file.
 */
export async function buildUnitWorkbook(template: ReportTemplate, header: HeaderValues, fileName?: string): Promise<{ workbook: XlsxWorkbook; plan: SheetPlan }> {
  const workbook = XlsxWorkbook.create(fileName);
  const plan = planSheet(template, { header });
  await workbook.createSheet(plan, { activate: true });
  await workbook.writeBinding({
    sheetName: plan.sheetName,
    templateId: template.id,
    templateVersion: template.version,
    templateJson: JSON.stringify(template),
  });
  return { workbook, plan };
}
