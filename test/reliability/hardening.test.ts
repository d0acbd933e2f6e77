import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { consolidate } from "../../src/core/consolidate";
import { recognizeTemplate } from "../../src/core/recognize";
import { extractReport } from "../../src/core/extract";
import { cellAddress, type CellRange, type CellValue, type SheetSnapshot } from "../../src/core/sheet";
import { BUILTIN_TEMPLATES, findBuiltinTemplate, LEGACY_TEMPLATES } from "../../src/core/template";
import type { IndicatorTemplate } from "../../src/core/template/types";
import { auditForConsolidation, validateWorkbook } from "../../src/core/validate";
import { inputOf, unitForm } from "../_support/consolidate-factory";
import { runCli } from "../_support/run-cli";
import { sheetOf } from "../_support/sheet-factory";
import { problemText } from "../../src/core/locale";

/**
 * What the corpus walk and the fuzz suites found, kept as regressions: a unit conversion past the
 * range of a double, a hidden old copy of the form taken instead of the visible one, a sheet 16,384
 * columns wide that took minutes; and forms with merged heads read by their labels.
 */

const supplies = findBuiltinTemplate("supplies") as IndicatorTemplate;
/** The one-column forms of version 1, for what a one-column form must withstand. */
const legacy = (id: string) => LEGACY_TEMPLATES.find((t) => t.id === id) as IndicatorTemplate;
const oneColumnSupplies = legacy("supplies");

/** A real .xlsx of sheets with values and merges, as another office's Excel would save it. */
async function writeXlsx(file: string, sheets: Array<{ name: string; state?: "hidden"; rows: CellValue[][]; merges?: CellRange[] }>): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name, sheet.state ? { state: sheet.state } : {});
    sheet.rows.forEach((cells, r) => cells.forEach((value, c) => value !== null && (ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue)));
    for (const m of sheet.merges ?? []) ws.mergeCells(`${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`);
  }
  await book.xlsx.writeFile(file);
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "huibao-hardening-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("hidden sheets", () => {
  const lastPeriod = { ...unitForm(supplies, { "masks.cumulative": 100 }, { unit: "城关镇", sheetName: "上期" }), visibility: "hidden" as const };
  const thisPeriod = unitForm(supplies, { "masks.cumulative": 5 }, { unit: "城关镇", sheetName: "本期" });

  it("counts the visible form, not a hidden copy of last period's before it", () => {
    const result = consolidate([inputOf("城关镇.xlsx", 0, [lastPeriod, thisPeriod])], { template: supplies });
    expect(result.inputs[0]).toMatchObject({ status: "accepted", sheet: "本期" });
    expect(result.totals.find((t) => t.key === "masks.cumulative")?.value).toBe(5);
  });

  it("rejects a file whose only form is hidden, saying which sheet to unhide", () => {
    const result = consolidate([inputOf("城关镇.xlsx", 0, [lastPeriod])], { template: supplies });
    expect(result.inputs[0].status).toBe("rejected");
    expect(result.inputs[0].reason && problemText(result.inputs[0].reason)).toMatch(/城关镇\.xlsx.*“上期”是隐藏的工作表（内容像“防疫物资保障统计表”）.*取消隐藏/);
    expect(result.totals.every((t) => t.value === undefined)).toBe(true);
  });

  it("still takes a hidden sheet the workbook binds to the template", () => {
    const binding = { sheetName: "上期", templateId: "supplies", templateVersion: supplies.version, templateJson: "" };
    const [recognition] = recognizeTemplate([lastPeriod], [binding], BUILTIN_TEMPLATES);
    expect(recognition).toMatchObject({ how: "binding", template: { id: "supplies" } });
  });

  it("has validate --template and consolidate read the same visible sheet of a real file", async () => {
    const file = path.join(folder, "城关镇.xlsx");
    await writeXlsx(file, [
      { name: "上期", state: "hidden", rows: lastPeriod.rows },
      { name: "本期", rows: thisPeriod.rows },
    ]);
    const validated = await runCli(folder, "validate", "城关镇.xlsx", "--template", "supplies", "--json");
    expect(JSON.parse(validated.out).findings.every((f: { sheet: string }) => f.sheet === "本期")).toBe(true);
    const consolidated = await runCli(folder, "consolidate", "城关镇.xlsx", "--template", "supplies", "-o", "汇总-隐藏.xlsx", "--json");
    expect(consolidated.code).toBe(0);
    expect(JSON.parse(consolidated.out).totals["医用口罩·累计"]).toBe(5);
  });
});

describe("merged header cells", () => {
  // 序号 | 指标名称 | 计量单位 | 数值 (本期数 · 累计数) | 备注: the head spans two rows, 数值 across two columns.
  const head: CellValue[][] = [
    ["序号", "指标名称", "计量单位", "数值", null, "备注"],
    [null, null, null, "本期数", "累计数", null],
  ];
  const headMerges: CellRange[] = [0, 1, 2, 5].map((c) => ({ top: 3, bottom: 4, left: c, right: c })).concat([{ top: 3, bottom: 3, left: 3, right: 4 }]);
  const rows: CellValue[][] = [
    ["防疫物资保障统计表"],
    ["填报单位：", "东城街道", null, "截至时间：", "2023年2月20日24时"],
    [],
    ...head,
    ["一、资金保障"],
    [1, "累计筹备物资金额（万元）", null, 12.5, 40, null],
    [2, "应急资金", "万元", 8, 30, null],
    [3, "其中：先期拨付", "万元", 3, 10, null],
    ["二、防护类"],
    [4, "医用口罩", "万只", "3.2万", 9, "含捐赠"],
  ];
  const merged = [{ top: 0, bottom: 0, left: 0, right: 5 }, ...headMerges];

  it("reads each column under a head merged across two rows", () => {
    const report = extractReport(supplies, sheetOf(rows, { merges: merged }));
    expect(report.headFound).toBe(true);
    expect(report.indicators["fundsPrepared.current"].value).toMatchObject({ address: "D7", value: 12.5 });
    expect(report.indicators["fundsPrepared.cumulative"].value).toMatchObject({ address: "E7", value: 40 });
    expect(report.indicators["emergencyFundsAdvanced.current"].value.value).toBe(3);
  });

  it("refuses, for a one-column form, to choose between the 本期数 and 累计数 under its 数值", () => {
    const report = extractReport(oneColumnSupplies, sheetOf(rows, { merges: merged }));
    expect(report.indicators.fundsPrepared).toBeUndefined();
    expect(report.problems?.map((p) => p.code)).toEqual(["extract.ambiguous-column", "extract.missing-columns"]);
  });

  it("consolidates a real file with merged title and head cells, column by column", async () => {
    await writeXlsx(path.join(folder, "东城街道.xlsx"), [{ name: "物资", rows, merges: merged }]);
    const run = await runCli(folder, "consolidate", "东城街道.xlsx", "--template", "supplies", "-o", "汇总-合并.xlsx", "--json");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    expect(json.inputs[0]).toMatchObject({ status: "accepted", unit: "东城街道" });
    expect(json.totals).toMatchObject({ "累计筹备物资金额·本期新增": 12.5, "应急资金·本期新增": 8, "先期拨付·本期新增": 3, "累计筹备物资金额·累计": 40, "先期拨付·累计": 10 });
  });
});

describe("edge cases", () => {
  it("rejects a figure whose conversion into the template's unit leaves the range of a number", () => {
    // No head row, so the table-wide 计量单位：吨 applies: 9.99e307 吨 would be Infinity 公斤.
    const sheet = sheetOf([["防疫物资保障统计表"], ["计量单位：吨"], [1, "84消毒液", 2], [2, "酒精", 9.99e307], [3, "消毒粉", 1]]);
    const result = consolidate([inputOf("a.xlsx", 0, sheet)], { template: oneColumnSupplies, knownTemplates: [] });
    const alcohol = result.inputs[0].values.find((v) => v.key === "alcohol");
    expect(alcohol).toMatchObject({ status: "rejected", reason: { code: "consolidate.value.conversion-overflow" } });
    expect(alcohol?.reason && problemText(alcohol.reason)).toContain("“吨”换算为“公斤”");
    expect(result.totals.find((t) => t.key === "alcohol")?.value).toBeUndefined();
    expect(result.totals.find((t) => t.key === "disinfectantPowder")?.value).toBe(1);
  });

  it("gives no total, rather than Infinity or NaN, when figures near Excel's largest number add up past it", () => {
    const resumption = legacy("resumption");
    const huge = { industryTotal: 9.99e307, industryResumed: 9.99e307, industryStaff: 10, industryStaffReturned: 5 };
    const inputs = ["甲镇", "乙镇"].map((unit, i) => inputOf(`${unit}.xlsx`, i, unitForm(resumption, huge, { unit })));
    const totals = new Map(consolidate(inputs, { template: resumption, knownTemplates: [] }).totals.map((t) => [t.key, t.value]));
    expect(totals.get("industryTotal")).toBeUndefined();
    expect(totals.get("industryResumptionRate")).toBeUndefined();
    expect(totals.get("industryStaff")).toBe(20);
    expect(totals.get("industryStaffRate")).toBe(50);
  });

  it("keeps a unit's typed rate when its parts would recompute it to Infinity", () => {
    const resumption = legacy("resumption");
    const sheet = unitForm(resumption, { industryTotal: 1e-307, industryResumed: 5, industryResumptionRate: 50 }, { unit: "甲镇" });
    const [unit] = consolidate([inputOf("甲镇.xlsx", 0, sheet)], { template: resumption, knownTemplates: [] }).units;
    expect(unit.figures.industryResumptionRate).toMatchObject({ value: 50 });
    expect(unit.figures.industryResumptionRate.recomputed).toBeUndefined();
  });

  it("reads a sheet with values out in column XFD on every row in well under a second per pass", () => {
    // Clerks' files often carry a stray value far right; 300 such rows are 4.9 million cells, nearly all empty.
    const rows: CellValue[][] = unitForm(supplies, { "masks.cumulative": 7 }, { unit: "城关镇" }).rows.map((cells) => [...cells]);
    while (rows.length < 300) rows.push([rows.length]);
    for (const cells of rows) {
      while (cells.length < 16_383) cells.push(null);
      cells.push("x");
    }
    const sheet: SheetSnapshot = sheetOf(rows);
    const started = performance.now();
    const result = consolidate([inputOf("城关镇.xlsx", 0, sheet)], { template: supplies, validate: auditForConsolidation });
    validateWorkbook({ sheets: [sheet], bindings: [] }, { known: BUILTIN_TEMPLATES, template: supplies });
    // It took 47 s before empty cells were skipped; the bound leaves room for a slow shared machine.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.totals.find((t) => t.key === "masks.cumulative")?.value).toBe(7);
  });
});
