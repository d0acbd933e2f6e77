import { inferTemplate } from "../../../src/core/infer";
import { BUILTIN_TEMPLATES, type IndicatorTemplate } from "../../../src/core/template";
import { createForm } from "../../../src/app";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { readWorkbookValues } from "../../../src/workbook/xlsx/read";
import { templateShape } from "../../_support/template-shape";

/**
 * The proof that inference reads forms as they are drawn: every built-in form, created as
 * `template new-workbook` creates it, written to a real .xlsx and read back by the lean reader, is
 * inferred into a template that draws the same form — same rows, 其中 tree, units, kinds and columns.
 */
const indicatorTemplates = BUILTIN_TEMPLATES.filter((t): t is IndicatorTemplate => t.kind === "indicators");

async function blankFormSheet(template: IndicatorTemplate) {
  const workbook = XlsxWorkbook.create();
  const plan = (await createForm(workbook, template, { header: { unit: "城关镇" } }))!;
  const values = readWorkbookValues(await workbook.toBytes(), { sheets: [plan.sheetName] });
  return values.sheets[0];
}

describe.each(indicatorTemplates.map((t) => [t.id, t] as const))("the blank built-in form %s", (_id, template) => {
  it("is inferred into a template drawing the same form", async () => {
    const outcome = inferTemplate(await blankFormSheet(template));
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problem));
    const inferred = templateShape(outcome.template);
    const original = templateShape(template);
    expect(inferred).toEqual(original);
    expect(outcome.template.tableNo).toBe(template.tableNo);
    expect(outcome.template.issuer).toBe(template.issuer);
  });
});
