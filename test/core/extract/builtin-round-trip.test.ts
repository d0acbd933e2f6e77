import { extractReport } from "../../../src/core/extract";
import { emptyFormState, formToCells } from "../../../src/core/form";
import { planSheet } from "../../../src/core/layout";
import { BUILTIN_TEMPLATES, flattenIndicators } from "../../../src/core/template";
import { sheetFromPlan } from "../../_support/sheet-factory";

describe.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))("the built-in %s", (_id, template) => {
  it("reads back by label every value written into its own layout", () => {
    const plan = planSheet(template);
    const form = emptyFormState(template.id);
    const expected: Record<string, number> = {};
    if (template.kind === "indicators") {
      flattenIndicators(template).forEach(({ indicator }, i) => {
        if (indicator.formula || indicator.change || indicator.isTotal || !["integer", "decimal", "money"].includes(indicator.kind)) return;
        form.values[indicator.key] = String(100 + i);
        expected[indicator.key] = 100 + i;
      });
    } else {
      form.rows = [{ [template.columns[0].key]: "甲" }, { [template.columns[0].key]: "乙" }];
    }
    form.header.unit = "城关镇";
    const report = extractReport(template, sheetFromPlan(plan, formToCells(template, plan.anchors, form)));
    expect(report.header.unit?.text).toBe("城关镇");
    expect(report.unmatched).toEqual([]);
    expect(report.missing).toEqual([]);
    for (const [key, value] of Object.entries(expected)) expect([key, report.indicators[key]?.value.value]).toEqual([key, value]);
    if (template.kind === "ledger") expect(report.rows.map((r) => r.cells[template.columns[0].key].text)).toEqual(["甲", "乙"]);
  });
});
