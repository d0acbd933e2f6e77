import { writeFile } from "node:fs/promises";
import type { FormCellWrite } from "../../src/core/form";
import type { SheetPlan } from "../../src/core/layout";
import type { ReportTemplate } from "../../src/core/template/types";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

/** A real .xlsx file of a template sheet with values written, bound to its template as the add-in does. */
export async function writeTemplateWorkbook(path: string, template: ReportTemplate, plan: SheetPlan, writes: readonly FormCellWrite[]): Promise<void> {
  const workbook = XlsxWorkbook.create();
  await workbook.createSheet(plan);
  await workbook.writeCells(plan.sheetName, [...writes]);
  await workbook.writeBinding({ sheetName: plan.sheetName, templateId: template.id, templateVersion: template.version, templateJson: JSON.stringify(template) });
  await writeFile(path, await workbook.toBytes());
}
