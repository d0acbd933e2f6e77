import { emptyFormState, formToCells, type FormState } from "../../src/core/form";
import { planSheet, type SheetPlan } from "../../src/core/layout";
import type { ReportTemplate } from "../../src/core/template";
import { fakeWorkbookPort, type FakeWorkbookPort } from "./fake-workbook-port";

/** A header filled in as a careful clerk would, so only the figures under test give findings. */
export const FILLED_HEADER: FormState["header"] = {
  unit: "城关镇",
  period: "2020年2月20日24时",
  preparer: "王明",
  phone: "0371-12345678",
  reportDate: "2020-02-21",
};

/**
 * A fake workbook holding one report sheet made from `template` (bound to it unless `bind` is false),
 * with the form's values written into their cells, as the 填报 form would leave it.
 */
export async function reportWorkbook(
  template: ReportTemplate,
  form: Partial<FormState> = {},
  options: { sheetName?: string; bind?: boolean; port?: FakeWorkbookPort } = {},
): Promise<{ port: FakeWorkbookPort; plan: SheetPlan; sheet: string }> {
  const port = options.port ?? fakeWorkbookPort({ sheetNames: ["Sheet1"] });
  const plan = planSheet(template, { sheetName: options.sheetName ?? template.title });
  await port.createSheet(plan);
  if (options.bind !== false)
    await port.writeBinding({
      sheetName: plan.sheetName,
      templateId: template.id,
      templateVersion: template.version,
      templateJson: JSON.stringify(template),
    });
  const filled: FormState = { ...emptyFormState(template.id), header: FILLED_HEADER, ...form };
  await port.writeCells(plan.sheetName, formToCells(template, plan.anchors, filled));
  port.calls.writeCells.length = 0;
  return { port, plan, sheet: plan.sheetName };
}
