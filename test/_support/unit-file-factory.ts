import { buildUnitWorkbook } from "../../src/cli/_lib/unit-workbook";
import { emptyFormState, formToCells } from "../../src/core/form";
import type { HeaderValues } from "../../src/core/layout";
import type { ReportTemplate } from "../../src/core/template";

/**
 * The bytes of a unit's .xlsx as the add-in makes it: the template's sheet with the header and the
 * values typed into the form, and the very hidden binding carrying the template.
 */
export async function unitWorkbookBytes(
  template: ReportTemplate,
  header: HeaderValues,
  values: Record<string, string>,
  rows: Array<Record<string, string>> = [],
): Promise<Uint8Array> {
  const { workbook, plan } = await buildUnitWorkbook(template, header);
  const form = { ...emptyFormState(template.id), header, values, rows };
  await workbook.writeCells(plan.sheetName, formToCells(template, plan.anchors, form));
  return workbook.toBytes();
}
