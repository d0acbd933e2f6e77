import { createForm } from "../../app";
import type { HeaderValues, SheetPlan } from "../../core/layout";
import type { ReportTemplate } from "../../core/template";
import { XlsxWorkbook } from "../../workbook/xlsx";

/**
 * A blank unit workbook for a template: the form created in a new workbook (formatted, validated,
 * protected, bound to its template) with the header values filled in.
 */
export async function buildUnitWorkbook(template: ReportTemplate, header: HeaderValues, fileName?: string): Promise<{ workbook: XlsxWorkbook; plan: SheetPlan }> {
  const workbook = XlsxWorkbook.create(fileName);
  // A new workbook holds no sheet of that name: nothing to ask.
  const plan = (await createForm(workbook, template, { header }))!;
  return { workbook, plan };
}
