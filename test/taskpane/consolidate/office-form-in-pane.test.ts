import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { inferForm } from "../../../src/app";
import { BUILTIN_TEMPLATES } from "../../../src/core/template";
import { readUnitFile } from "../../../src/taskpane/consolidate/read-unit-file";
import { runConsolidation, type ConsolidationRequest } from "../../../src/taskpane/consolidate/run-consolidation";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { drawWithOpenpyxl, IndependentSums } from "../../_support/office-form-drawing";
import { drawForm, expectedRates, OFFICE_FORMS } from "../../_support/office-forms";
import { describeWithOpenpyxl } from "../../_support/openpyxl";

/**
 * Done when an office's own form consolidates across five units with no template written by hand —
 * the same in the pane as in the CLI: the pane's 汇总 on the units' files alone (the form inferred
 * from the files), and with the template the pane's 表式设计 reads off the blank form. Every total is
 * the sum computed here of what openpyxl wrote; rates are recomputed from the summed parts.
 */

jest.setTimeout(60_000);

const UNITS = ["城关镇", "东关街道", "南湖乡", "北山镇", "西河乡"];
const FORMS = ["supplies-own", "projects-grid"].map((id) => OFFICE_FORMS.find((f) => f.id === id)!);

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "huibao-pane-office-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describeWithOpenpyxl.each(FORMS.map((f) => [f.id, f] as const))("the office's own form %s in the pane's 汇总", (id, form) => {
  const sums = new IndependentSums();
  const files: File[] = [];
  let blank: string;

  beforeAll(async () => {
    blank = path.join(folder, `${id}-下发表式.xlsx`);
    const units = UNITS.map((unit) => path.join(folder, `${id}-${unit}.xlsx`));
    drawWithOpenpyxl([drawForm(form, "", undefined).toDrawing(blank, "表1"), ...UNITS.map((unit, u) => drawForm(form, unit, u, sums).toDrawing(units[u], "Sheet1"))]);
    for (const [u, file] of units.entries()) files.push(new File([(await readFile(file)) as BlobPart], `${UNITS[u]}.xlsx`, { lastModified: 1000 + u }));
  });

  const request = (extra: Partial<ConsolidationRequest> = {}): ConsolidationRequest => ({
    sources: files.map((file) => ({ kind: "file", file })),
    templates: BUILTIN_TEMPLATES,
    readFile: readUnitFile,
    signal: new AbortController().signal,
    onProgress: () => undefined,
    ...extra,
  });

  function expectTotals(run: Awaited<ReturnType<typeof runConsolidation>>): void {
    if (!run.ok) throw new Error(run.reason);
    const { result } = run;
    expect(result.template.title).toBe(form.title);
    expect(result.units.map((u) => u.name).sort()).toEqual([...UNITS].sort());
    for (const input of result.inputs) expect([input.file, input.status, input.valuesRejected]).toEqual([input.file, "accepted", 0]);
    const totals = new Map(result.totals.map((t) => [t.name, t.value]));
    for (const [name, sum] of sums.sums) expect([name, totals.get(name)]).toEqual([name, expect.closeTo(sum, 6)]);
    for (const rate of expectedRates(form)) {
      const expected = (sums.get(rate.numerator) / sums.get(rate.denominator)) * rate.scale;
      expect([rate.name, totals.get(rate.name)]).toEqual([rate.name, expect.closeTo(expected, 6)]);
    }
  }

  it("consolidates the units' files with no template: the form is inferred from the files themselves", async () => {
    expectTotals(await runConsolidation(request()));
  });

  it("consolidates them as the form 表式设计 reads off the blank form", async () => {
    const port = await XlsxWorkbook.load(await readFile(blank), path.basename(blank));
    const designed = await inferForm(port, { sheet: "表1" });
    if (!designed.ok) throw new Error(JSON.stringify(designed.problems));
    expectTotals(await runConsolidation(request({ templates: [...BUILTIN_TEMPLATES, designed.template], templateId: designed.template.id })));
  });
});
