import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkTemplate, tableColumns, tableRows } from "../../src/core/template";
import { drawWithOpenpyxl, IndependentSums } from "../_support/office-form-drawing";
import { describeWithOpenpyxl } from "../_support/openpyxl";
import { drawForm, expectedChanges, expectedRates, OFFICE_FORMS } from "../_support/office-forms";
import { expectCleanError, runCli } from "../_support/run-cli";
import { templateShape } from "../_support/template-shape";

/**
 * Done when an office's own form consolidates with no template written by hand: ten forms drawn the
 * way offices draw them (see office-forms.ts), written by openpyxl, are inferred from a blank copy
 * (`template infer`) and consolidated across five units from the filled files alone — every typed
 * figure's total equal to the sum computed here, every rate and 同比 recomputed from the summed parts.
 */

// Each case writes files with Python and runs the CLI several times: slow on a loaded machine.
jest.setTimeout(60_000);


const UNITS = ["城关镇", "东关街道", "南湖乡", "北山镇", "西河乡"];

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "huibao-office-forms-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describeWithOpenpyxl.each(OFFICE_FORMS.map((f) => [f.id, f] as const))("the office's own form %s", (id, form) => {
  const sums = new IndependentSums();
  let dir: string;

  beforeAll(async () => {
    dir = path.join(folder, id);
    await import("node:fs/promises").then((fs) => fs.mkdir(path.join(dir, "报表"), { recursive: true }));
    drawWithOpenpyxl([
      drawForm(form, "", undefined).toDrawing(path.join(dir, "下发表式.xlsx"), "表1"),
      ...UNITS.map((unit, u) => drawForm(form, unit, u, sums).toDrawing(path.join(dir, "报表", `${unit}.xlsx`), "Sheet1")),
    ]);
  });

  it("is inferred from the blank form by template infer, and reads back as the form it is", async () => {
    const run = await runCli(dir, "template", "infer", "下发表式.xlsx", "-o", "表式.json");
    expectCleanError(run);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`《${form.title}》`);
    const template = JSON.parse(await readFile(path.join(dir, "表式.json"), "utf8"));
    expect(template.title).toBe(form.title);
    const inferred = checkTemplate(template, "表式.json");
    if (!inferred.ok || inferred.template.kind !== "indicators") throw new Error("not an indicator template");
    const rows = tableRows(inferred.template);
    if (form.kind === "list") {
      // The 其中 tree as drawn (by prefix, spaces, indentation, numbering or a 其中： row) and the columns' roles.
      for (const r of form.rows.filter((row) => row.name)) {
        const found = rows.find((row) => row.indicator.label === r.name);
        expect([r.name, found?.parent?.label]).toEqual([r.name, r.parent]);
      }
      const roles = { current: "current", cumulative: "cumulative", "last-year": "previous-year", change: "change" } as const;
      expect(tableColumns(inferred.template).map((c) => c.role)).toEqual(form.columns.map((c) => (form.columns.length > 1 ? roles[c.role] : undefined)));
    } else {
      expect(rows.filter((r) => !r.isTotal).map((r) => r.indicator.label)).toEqual(form.categories);
      expect(tableColumns(inferred.template).map((c) => [c.label, Boolean(c.formula)])).toEqual(form.columns.map((c) => [c.name, Boolean(c.rate)]));
      expect(inferred.template.totalRow?.position).toBe(form.total?.position);
    }
    const shown = await runCli(dir, "template", "show", "表式.json");
    expect(shown.code).toBe(0);
    const names = form.kind === "list" ? form.rows.filter((r) => r.name).map((r) => r.name!) : form.categories;
    for (const name of names) expect(shown.out).toContain(name);
    for (const column of form.columns) expect(shown.out).toContain(column.name);
  });

  it("draws, from the inferred template, a form that infers back to the same template", async () => {
    const made = await runCli(dir, "template", "new-workbook", "表式.json", "--unit", "城关镇", "-o", "再下发.xlsx");
    expect(made.code).toBe(0);
    const again = await runCli(dir, "template", "infer", "再下发.xlsx", "-o", "再识别.json");
    expect(again.code).toBe(0);
    const [first, second] = await Promise.all(["表式.json", "再识别.json"].map(async (f) => JSON.parse(await readFile(path.join(dir, f), "utf8"))));
    expect(templateShape(second)).toEqual(templateShape(first));
  });

  it("consolidates five units' files with no template: every total the sum computed here, rates recomputed", async () => {
    const run = await runCli(dir, "consolidate", "报表", "-o", "汇总.xlsx", "--json");
    expectCleanError(run);
    expect(run.code).toBe(0);
    expect(run.err).toContain("由文件本身识别（5 个文件中 5 个为此表式）");
    const json = JSON.parse(run.out);
    expect(json.template.title).toBe(form.title);
    expect(json.units.received.sort()).toEqual([...UNITS].sort());
    for (const input of json.inputs) {
      expect(input).toMatchObject({ status: "accepted", valuesRejected: 0 });
    }
    for (const [name, sum] of sums.sums) expect([name, json.totals[name]]).toEqual([name, expect.closeTo(sum, 6)]);
    for (const rate of expectedRates(form)) {
      const expected = (sums.get(rate.numerator) / sums.get(rate.denominator)) * rate.scale;
      expect([rate.name, json.totals[rate.name]]).toEqual([rate.name, expect.closeTo(expected, 6)]);
    }
    for (const change of expectedChanges(form)) {
      const expected = ((sums.get(change.current) - sums.get(change.base)) / sums.get(change.base)) * 100;
      expect([change.name, json.totals[change.name]]).toEqual([change.name, expect.closeTo(expected, 6)]);
    }
    if (form.kind === "grid" && form.total) {
      for (const column of form.columns.filter((c) => !c.rate)) {
        const expected = form.categories.reduce((n, k) => n + sums.get(`${k}·${column.name}`), 0);
        expect([column.name, json.totals[`${form.total.label}·${column.name}`]]).toEqual([column.name, expect.closeTo(expected, 6)]);
      }
    }
  });
});

describeWithOpenpyxl("files as they arrive, forms as the office drew them", () => {
  const [own, other] = [OFFICE_FORMS.find((f) => f.id === "supplies-own")!, OFFICE_FORMS.find((f) => f.id === "slashed-decimals")!];
  const sums = new IndependentSums();
  let dir: string;

  beforeAll(async () => {
    dir = path.join(folder, "mixed");
    await import("node:fs/promises").then((fs) => fs.mkdir(path.join(dir, "报表"), { recursive: true }));
    drawWithOpenpyxl([
      drawForm(own, "", undefined).toDrawing(path.join(dir, "下发表式.xlsx"), "表1"),
      ...UNITS.map((unit, u) => drawForm(own, unit, u, sums).toDrawing(path.join(dir, "报表", `${unit}.xlsx`), "Sheet1")),
      // A unit that sent another office's form: reported, never added in.
      drawForm(other, "县粮食局", 2, new IndependentSums()).toDrawing(path.join(dir, "报表", "县粮食局.xlsx"), "Sheet1"),
    ]);
  });

  it("names a file of another form and counts only the form most files share", async () => {
    const run = await runCli(dir, "consolidate", "报表", "-o", "汇总.xlsx", "--json");
    expectCleanError(run);
    expect(run.code).toBe(0);
    expect(run.err).toContain("5 个为此表式");
    expect(run.err).toContain("文件“县粮食局.xlsx”工作表“Sheet1”的表式与多数文件的“2023年防疫物资保障情况统计表”有出入，按“2023年防疫物资保障情况统计表”逐项对照读取");
    // What the inference was unsure of names the file it was read from, the sheet and what to check.
    expect(run.err).toMatch(/文件“[^”]+\.xlsx”工作表“Sheet1”：1 处“其中”按“其中项可以重叠，每项不超过合计”审核/);
    const json = JSON.parse(run.out);
    expect(json.template.id).toMatch(/^form-/);
    expect(json.inputs.find((i: { file: string }) => i.file === "县粮食局.xlsx")).toMatchObject({ status: "rejected", valuesAccepted: 0 });
    for (const [name, sum] of sums.sums) expect([name, json.totals[name]]).toEqual([name, expect.closeTo(sum, 6)]);
  });

  it("takes the blank form workbook for --template, with the same totals", async () => {
    const run = await runCli(dir, "consolidate", ...UNITS.map((u) => path.join("报表", `${u}.xlsx`)), "--template", "下发表式.xlsx", "-o", "汇总2.xlsx", "--json");
    expectCleanError(run);
    expect(run.code).toBe(0);
    expect(run.err).toContain("模板由“下发表式.xlsx”工作表“表1”的表式识别");
    const json = JSON.parse(run.out);
    for (const [name, sum] of sums.sums) expect([name, json.totals[name]]).toEqual([name, expect.closeTo(sum, 6)]);
  });

  it("is not read as the built-in form it resembles, whose columns it outgrows", async () => {
    const run = await runCli(dir, "validate", path.join("报表", "城关镇.xlsx"));
    expectCleanError(run);
    expect(run.out).toContain("与内置的《防疫物资保障统计表》相近，但有《防疫物资保障统计表》没有的行或栏");
    expect(run.out).toContain("未发现问题");
    expect(run.code).toBe(0);
  });

  it("refuses a form workbook without a table, naming it", async () => {
    const run = await runCli(dir, "template", "infer", path.join("报表", "城关镇.xlsx"), "--sheet", "没有这张表", "-o", "x.json");
    expect(run.code).toBe(2);
    expect(run.err).toContain("没有名为“没有这张表”的工作表");
  });
});
