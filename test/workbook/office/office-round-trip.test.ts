import { auditWorkbook, consolidateUnits, createForm, findSummaries, narrateSummary, sheetSource, writeNarrative, writeSummary } from "../../../src/app";
import { emptyFormState, formToCells } from "../../../src/core/form";
import { planSheet } from "../../../src/core/layout";
import { BUILTIN_TEMPLATES, findBuiltinTemplate } from "../../../src/core/template/builtin";
import type { IndicatorTemplate } from "../../../src/core/template/types";
import { OfficeWorkbook, OfficeWorkbookView } from "../../../src/workbook/office";
import { eachHost } from "../../_support/strict-excel/each-host";
import { ExcelFake } from "./_support/excel-fake";

/**
 * One workbook through the pane's operations, all on the strict Excel: create a form, save it, audit
 * it, fill and create units' forms, consolidate twice (the second replaces the first summary and its
 * very hidden 综述 data), narrate, insert the 综述 at the active cell. Each operation costs a number
 * of round trips that does not grow with the units or their rows (reading the units costs the same
 * per unit).
 */
const template = findBuiltinTemplate("supplies") as IndicatorTemplate;
const REPORT_DATE = new Date(Date.UTC(2023, 1, 20));

async function roundTrip(units: number): Promise<{ syncs: Record<string, number>; fake: ExcelFake; text: string }> {
  const fake = new ExcelFake([{ name: "封面" }], { host: currentHost() });
  const sync = jest.spyOn(fake.mock.context, "sync");
  const port = new OfficeWorkbook({ run: fake.run, isSetSupported: fake.isSetSupported, sleep: async () => undefined });
  const view = new OfficeWorkbookView({ run: fake.run });
  const syncs: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const before = sync.mock.calls.length;
    const result = await work();
    syncs[name] = (syncs[name] ?? 0) + sync.mock.calls.length - before;
    return result;
  };

  const plan = planSheet(template, { sheetName: "城关镇", header: { unit: "城关镇" } });
  const created = await step("create form", () => createForm(port, template, { header: { unit: "城关镇" } }));
  const sheet = created!.sheetName;
  const form = emptyFormState(template.id);
  form.header.unit = "城关镇";
  const firstValue = Object.keys(plan.anchors.indicators!)[0];
  form.values[firstValue] = "300余";
  await step("save", () => port.writeCells(sheet, formToCells(template, created!.anchors, form)));
  const audit = await step("audit", () => auditWorkbook(port, { scope: { kind: "sheet", sheet }, templates: BUILTIN_TEMPLATES }));
  expect(audit.sheets.length).toBe(1);

  const unitSheets: string[] = [];
  for (let i = 0; i < units; i++) {
    const name = `乡镇${i + 1}`;
    const unitPlan = planSheet(template, { sheetName: name, header: { unit: name } });
    await step("create unit forms", async () => {
      // Unbound, as a unit's form copied in from its own file: finding the summary reads bound sheets only.
      await port.createSheet(unitPlan);
      const unitForm = emptyFormState(template.id);
      unitForm.header.unit = name;
      for (const key of Object.keys(unitPlan.anchors.indicators!)) unitForm.values[key] = String(10 + i);
      await port.writeCells(name, formToCells(template, unitPlan.anchors, unitForm));
    });
    unitSheets.push(name);
  }

  for (const round of ["consolidate", "consolidate again"]) {
    const sources = unitSheets.map((name, order) => sheetSource(port, name, name, order));
    const outcome = await step(`${round}: read units`, () => consolidateUnits({ sources, templates: BUILTIN_TEMPLATES, template, reportDate: REPORT_DATE, region: "全县" }));
    if (!outcome.ok) throw new Error(`consolidation refused: ${outcome.refusal.kind}`);
    await step(`${round}: write summary`, () => writeSummary(port, outcome.summary, { onTaken: () => "replace" }));
  }

  const summaries = await step("narrate: find", () => findSummaries(port, BUILTIN_TEMPLATES));
  expect(summaries.length).toBeGreaterThan(0);
  const narration = narrateSummary(summaries[0]);
  await step("narrate: write", () => writeNarrative(port, summaries[0], narration.text, { onTaken: () => "replace" }));
  await fake.activate(fake.names().find((n) => n.includes("汇总"))!);
  fake.selection = ["B3", "D5:E6"];
  await step("insert", () => view.insertTextAtSelection(narration.text));
  return { syncs, fake, text: narration.text };
}

const currentHost = eachHost(() => {
  describe("a workbook's whole round trip on the strict Excel", () => {
    it("creates, saves, audits, consolidates twice, narrates and inserts, each operation in round trips that do not grow with the units", async () => {
      const few = await roundTrip(2);
      const many = await roundTrip(6);
      for (const name of Object.keys(few.syncs)) {
        if (name === "create unit forms" || name.endsWith("read units")) continue;
        expect([name, many.syncs[name]]).toEqual([name, few.syncs[name]]);
      }
      // Reading the units and creating their forms cost the same per unit.
      for (const name of ["create unit forms", "consolidate: read units", "consolidate again: read units"]) {
        expect([name, many.syncs[name] / 6]).toEqual([name, few.syncs[name] / 2]);
      }
      // The second consolidation replaced the first: one summary, one very hidden 综述 data sheet.
      const names = many.fake.names();
      expect(names.filter((n) => n.startsWith("~huibao"))).toEqual([]);
      expect(names.filter((n) => n === "_huibao_narrative")).toHaveLength(1);
      expect(many.text).toContain("全县");
      expect(many.fake.sheet(many.fake.activeName!).at("B3")).toBe(many.text);
    }, 120_000);
  });
});
