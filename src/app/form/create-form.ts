import { planSheet, type HeaderValues, type SheetPlan } from "../../core/layout";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import { writeSheets, type WriteSheetsOptions } from "../write/write-sheets";

export interface CreateFormOptions extends Pick<WriteSheetsOptions, "onTaken"> {
  /** The header values filled in (填报单位, 报告期), for a blank workbook sent down to a unit. */
  header?: HeaderValues;
}

/**
 * Create a unit's form: the template's sheet laid out (formatted, validated, protected) under the
 * template's title — a free name, or the sheet of that name replaced when the clerk says so — and
 * bound to the template, so any copy of the file can rebuild the form. Undefined when the clerk
 * chose to create nothing.
 */
export async function createForm(port: WorkbookPort, template: ReportTemplate, options: CreateFormOptions = {}): Promise<SheetPlan | undefined> {
  const plan = planSheet(template, options.header ? { header: options.header } : {});
  const outcome = await writeSheets(port, [plan], { template, onTaken: options.onTaken });
  return "written" in outcome ? outcome.written[0] : undefined;
}
