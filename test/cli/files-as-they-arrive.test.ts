import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/sheet";
import { writeGridWorkbook, writeGridWorkbookWithOpenpyxl, type GridSheet } from "../_support/grid-workbook";
import { describeWithOpenpyxl } from "../_support/openpyxl";
import { expectCleanError, runCli } from "../_support/run-cli";
import { smallIndicatorTemplate } from "../_support/template-factory";

/**
 * Units' files as they really arrive, each consolidated through the command line from real .xlsx files
 * (drawn the way offices draw the form, no template binding), each with its expected outcome: counted
 * correctly, or refused with a finding naming the file, sheet and cell — never a silent wrong total.
 */

const template = smallIndicatorTemplate();

interface Figures {
  total?: CellValue;
  big?: CellValue;
  small?: CellValue;
  resumed?: CellValue;
  funds?: CellValue;
}

/** Where the office's form puts each value (column D, 本期数). */
const CELL = { total: "D6", big: "D7", small: "D8", resumed: "D9", rate: "D10", funds: "D12" } as const;

interface FormStyle {
  sheetName?: string;
  /** "填报单位：X" in one cell (the default), or "填报单位（盖章）：X" merged across the row. */
  unitLine?: "inline" | "stamp-merged";
  /** 报出日期 as printed in one cell with its label ("报出日期：2023年2月22日"). */
  reportDate?: string;
  preparer?: string;
  formulas?: Record<string, string>;
}

/** 测试统计表 as an office draws it: title, 填报单位 line, 截止时间, a head, sections, the signature line below. */
function officeForm(unit: string, figures: Figures, style: FormStyle = {}): GridSheet {
  const v = (key: keyof Figures) => figures[key] ?? null;
  const unitCell = style.unitLine === "stamp-merged" ? `填报单位（盖章）：${unit}` : `填报单位：${unit}`;
  const rows: CellValue[][] = [
    ["测试统计表"],
    [unitCell],
    ["截止时间：2023年2月20日"],
    ["序号", "指标名称", "计量单位", "本期数", "备注"],
    ["一、基本情况"],
    [1, "企业总数", "家", v("total"), null],
    [2, "规上企业", "家", v("big"), null],
    [3, "规下企业", "家", v("small"), null],
    [4, "已复工", "家", v("resumed"), null],
    [5, "复工率", "%", null, null],
    ["二、资金"],
    [6, "应急资金", "万元", v("funds"), null],
    [`填表人：${style.preparer ?? "张三"}`, null, style.reportDate ? `报出日期：${style.reportDate}` : "报出日期：2023年2月21日"],
  ];
  return { name: style.sheetName ?? "Sheet1", rows, merges: ["A1:E1", ...(style.unitLine === "stamp-merged" ? ["A2:E2"] : [])], formulas: style.formulas };
}

/** 单位名录 with levels: villages under 城关镇, towns and a bureau under the county. */
const ROSTER: GridSheet = {
  name: "单位名录",
  rows: [
    ["单位名称", "别名", "上级单位"],
    ["城关镇", null, "某县"],
    ["东村", null, "城关镇"],
    ["西村", null, "城关镇"],
    ["北山镇", null, "某县"],
    ["县卫健局", "卫健局", "某县"],
  ],
};

let folder: string;
let n = 0;

/** A fresh folder for one case, with the template and the roster in it. */
async function caseFolder(): Promise<string> {
  const dir = join(folder, `case-${++n}`);
  await import("node:fs/promises").then((fs) => fs.mkdir(dir));
  await writeFile(join(dir, "t.json"), JSON.stringify(template));
  await writeGridWorkbook(join(dir, "单位名录.xlsx"), [ROSTER]);
  return dir;
}

async function consolidateJson(dir: string, files: string[], ...extra: string[]) {
  const run = await runCli(dir, "consolidate", ...files, "--template", "t.json", "-o", "汇总.xlsx", "--json", ...extra);
  expectCleanError(run);
  return { run, json: run.out ? JSON.parse(run.out) : undefined };
}

type Input = { file: string; sheet: string | null; unit: string | null; status: string; reason: string | null };
type RejectedValue = { file: string; sheet: string; cell: string; label: string; raw: string; reason: string };

async function findingsOf(dir: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(dir, "汇总.xlsx"));
  const lines: string[] = [];
  workbook.getWorksheet("审核情况")!.eachRow((row, i) => {
    if (i > 2) lines.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")).join("|"));
  });
  return lines;
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "huibao-arrive-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("two units' forms in one workbook", () => {
  it("counts a neighbour's form pasted as a second sheet under its own 填报单位, and neither is 未报", async () => {
    const dir = await caseFolder();
    await writeGridWorkbook(join(dir, "北山镇.xlsx"), [
      officeForm("北山镇", { total: 10, big: 4, small: 6, resumed: 8, funds: 43.75 }, { sheetName: "北山镇" }),
      officeForm("县卫健局", { total: 3, big: 1, small: 2, resumed: 3, funds: 20 }, { sheetName: "Sheet2" }),
    ]);
    const { run, json } = await consolidateJson(dir, ["北山镇.xlsx"], "--roster", "单位名录.xlsx");
    expect(json.units.received.sort()).toEqual(["北山镇", "县卫健局"].sort());
    expect(json.units.missing).not.toContain("县卫健局");
    expect(json.totals["应急资金"]).toBeCloseTo(63.75, 10);
    expect(json.totals["企业总数"]).toBe(13);
    expect(json.inputs.map((i: Input) => `${i.sheet}:${i.unit}:${i.status}`).sort()).toEqual(["北山镇:北山镇:accepted", "Sheet2:县卫健局:accepted"].sort());
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "汇总.xlsx"));
    const listed: string[] = [];
    workbook.getWorksheet("来源清单")!.eachRow((row) => listed.push(`${row.getCell(2).value}|${row.getCell(3).value}`));
    expect(listed).toEqual(expect.arrayContaining(["北山镇.xlsx（北山镇）|北山镇", "北山镇.xlsx（Sheet2）|县卫健局"]));
  });

  it("counts a township's own total once and lists its villages' sheets without adding them (no roster needed)", async () => {
    const dir = await caseFolder();
    await writeGridWorkbook(join(dir, "城关镇.xlsx"), [
      officeForm("城关镇", { total: 30, big: 10, small: 20, resumed: 25, funds: 200 }, { sheetName: "全镇" }),
      officeForm("东村", { total: 12, big: 4, small: 8, resumed: 10, funds: 60 }, { sheetName: "东村" }),
      officeForm("西村", { total: 18, big: 6, small: 12, resumed: 15, funds: 140 }, { sheetName: "西村" }),
    ]);
    const { json } = await consolidateJson(dir, ["城关镇.xlsx"]);
    expect(json.units.received).toEqual(["城关镇"]);
    expect(json.totals["应急资金"]).toBe(200);
    expect(json.totals["企业总数"]).toBe(30);
    const villages = json.inputs.filter((i: Input) => i.sheet === "东村" || i.sheet === "西村");
    expect(villages.map((i: Input) => i.status)).toEqual(["rejected", "rejected"]);
    expect(villages[0].reason).toContain("已含在工作表“全镇”（城关镇）的合计中");
  });

  it("with a roster of levels, the township's total stands for its villages: they are neither added nor 未报", async () => {
    const dir = await caseFolder();
    // The villages' sheets do not add up to the town's total (the town has figures of its own).
    await writeGridWorkbook(join(dir, "城关镇.xlsx"), [
      officeForm("城关镇", { total: 35, big: 12, small: 23, resumed: 28, funds: 230 }, { sheetName: "全镇" }),
      officeForm("东村", { total: 12, big: 4, small: 8, resumed: 10, funds: 60 }, { sheetName: "东村" }),
      officeForm("西村", { total: 18, big: 6, small: 12, resumed: 15, funds: 140 }, { sheetName: "西村" }),
    ]);
    const { json } = await consolidateJson(dir, ["城关镇.xlsx"], "--roster", "单位名录.xlsx");
    expect(json.units.received).toEqual(["城关镇"]);
    expect(json.totals["应急资金"]).toBe(230);
    expect(json.units.missing).toEqual(["北山镇", "县卫健局"]);
    expect(json.units.covered).toEqual(expect.arrayContaining([{ unit: "东村", by: "城关镇" }, { unit: "西村", by: "城关镇" }]));
    const east = json.inputs.find((i: Input) => i.sheet === "东村");
    expect(east.status).toBe("rejected");
    expect(east.reason).toContain("已含在上级单位“城关镇”的汇总");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "汇总.xlsx"));
    const lines: string[] = [];
    workbook.getWorksheet("未报单位")!.eachRow((row) => lines.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")).join("|")));
    expect(lines[0]).toContain("未报单位（2个，名录共5个）");
    expect(lines.some((l) => l.startsWith("已含在上级单位汇总中的单位（2 个，不重复计入，不算未报）"))).toBe(true);
    expect(lines).toEqual(expect.arrayContaining(["1|东村|城关镇", "2|西村|城关镇", "1|北山镇|某县", "2|县卫健局|某县"]));
  });

  it("keeps one sheet of a unit that appears twice in a workbook (a copy of last period's), and says which", async () => {
    const dir = await caseFolder();
    await writeGridWorkbook(join(dir, "北山镇.xlsx"), [
      officeForm("北山镇", { total: 10, big: 4, small: 6, resumed: 8, funds: 43.75 }, { sheetName: "本期" }),
      officeForm("北山镇", { total: 9, big: 4, small: 5, resumed: 7, funds: 40 }, { sheetName: "上期" }),
    ]);
    const { json } = await consolidateJson(dir, ["北山镇.xlsx"]);
    expect(json.totals["应急资金"]).toBeCloseTo(43.75, 10);
    const copy = json.inputs.find((i: Input) => i.sheet === "上期");
    expect(copy.reason).toContain("只计入“本期”");
  });
});

describe("a roster with levels", () => {
  it("does not add a village's file on top of its town's summary: 243.75, not 283.75, the overlap reported", async () => {
    const dir = await caseFolder();
    await writeGridWorkbook(join(dir, "城关镇.xlsx"), [officeForm("城关镇", { total: 30, big: 10, small: 20, resumed: 25, funds: 200 })]);
    await writeGridWorkbook(join(dir, "东村.xlsx"), [officeForm("东村", { total: 12, big: 4, small: 8, resumed: 10, funds: 40 })]);
    await writeGridWorkbook(join(dir, "北山镇.xlsx"), [officeForm("北山镇", { total: 10, big: 4, small: 6, resumed: 8, funds: 43.75 })]);
    const { run, json } = await consolidateJson(dir, ["城关镇.xlsx", "东村.xlsx", "北山镇.xlsx"], "--roster", "单位名录.xlsx");
    expect(run.code).toBe(0);
    expect(json.totals["应急资金"]).toBeCloseTo(200 + 43.75, 10);
    expect(json.totals["企业总数"]).toBe(40);
    expect(json.units.missing).toEqual(["县卫健局"]);
    const village = json.inputs.find((i: Input) => i.file === "东村.xlsx");
    expect(village.status).toBe("rejected");
    expect(village.reason).toContain("“东村”（文件“东村.xlsx”工作表“Sheet1”）已含在上级单位“城关镇”的汇总（“城关镇.xlsx”）中");
  });

  it("counts a village's file when its town has not reported, and lists the town and the other village 未报", async () => {
    const dir = await caseFolder();
    await writeGridWorkbook(join(dir, "东村.xlsx"), [officeForm("东村", { total: 12, big: 4, small: 8, resumed: 10, funds: 40 })]);
    const { json } = await consolidateJson(dir, ["东村.xlsx"], "--roster", "单位名录.xlsx");
    expect(json.totals["应急资金"]).toBe(40);
    expect(json.units.missing).toEqual(["城关镇", "西村", "北山镇", "县卫健局"]);
  });
});

describe("报出日期 and 填报单位 printed in one cell with their labels", () => {
  it("reads 报出日期：2023年2月22日 so the correction is kept over the older report whatever the files' times, with no false 错误", async () => {
    const dir = await caseFolder();
    await writeGridWorkbook(join(dir, "城关镇-更正.xlsx"), [
      officeForm("城关镇", { total: 30, big: 10, small: 20, resumed: 25, funds: 210 }, { reportDate: "2023年2月22日", unitLine: "stamp-merged" }),
    ]);
    await writeGridWorkbook(join(dir, "城关镇.xlsx"), [officeForm("城关镇", { total: 30, big: 10, small: 20, resumed: 25, funds: 130 }, { reportDate: "2023年2月21日" })]);
    // The older report was saved last: its file time says it is the later one.
    await utimes(join(dir, "城关镇-更正.xlsx"), new Date("2023-02-22T08:00:00Z"), new Date("2023-02-22T08:00:00Z"));
    await utimes(join(dir, "城关镇.xlsx"), new Date("2023-02-23T08:00:00Z"), new Date("2023-02-23T08:00:00Z"));
    const { json } = await consolidateJson(dir, ["城关镇-更正.xlsx", "城关镇.xlsx"], "--roster", "单位名录.xlsx");
    expect(json.totals["应急资金"]).toBe(210);
    expect(json.units.duplicates).toEqual([{ unit: "城关镇", kept: "城关镇-更正.xlsx", dropped: ["城关镇.xlsx"], rule: "report-date" }]);
    const findings = await findingsOf(dir);
    expect(findings.join("\n")).not.toContain("报出日期无法识别");
    expect(findings.filter((f) => f.includes("|错误|"))).toEqual([]);
  });
});

describe("a file whose 填报单位 names another unit", () => {
  it("never replaces that unit's report: kept apart with a 错误 naming the file, sheet and cell; its sender stays 未报", async () => {
    const dir = await caseFolder();
    await writeGridWorkbook(join(dir, "城关镇.xlsx"), [officeForm("城关镇", { total: 30, big: 10, small: 20, resumed: 25, funds: 200 }, { reportDate: "2023年2月21日" })]);
    // 县卫健局 filled in 城关镇's file and sent it on, dated later.
    await writeGridWorkbook(join(dir, "县卫健局.xlsx"), [officeForm("城关镇", { total: 5, big: 1, small: 4, resumed: 5, funds: 12 }, { reportDate: "2023年2月23日" })]);
    const { json } = await consolidateJson(dir, ["城关镇.xlsx", "县卫健局.xlsx"], "--roster", "单位名录.xlsx");
    expect(json.totals["应急资金"]).toBe(200);
    expect(json.units.received).toEqual(["城关镇"]);
    expect(json.units.duplicates).toEqual([]);
    expect(json.units.missing).toContain("县卫健局");
    const apart = json.inputs.find((i: Input) => i.file === "县卫健局.xlsx");
    expect(apart.status).toBe("rejected");
    expect(apart.reason).toContain("文件“县卫健局.xlsx”工作表“Sheet1”A2 的填报单位是“城关镇”");
    expect((await findingsOf(dir)).some((f) => f.includes("县卫健局.xlsx|错误|Sheet1!A2"))).toBe(true);
    expect(json.reminder).toContain("县卫健局.xlsx：该文件工作表“Sheet1”A2 的填报单位是“城关镇”");
  });
});

describe("values with an 错误 finding", () => {
  it("are not counted, are listed with the reason, and the 综述 never states a negative count", async () => {
    const dir = await caseFolder();
    await writeGridWorkbook(join(dir, "城关镇.xlsx"), [officeForm("城关镇", { total: 30, big: 10, small: 20, resumed: -5, funds: "1e3" })]);
    await writeGridWorkbook(join(dir, "北山镇.xlsx"), [officeForm("北山镇", { total: 10, big: 4, small: 6, resumed: 8, funds: 43.75 })]);
    const { json } = await consolidateJson(dir, ["城关镇.xlsx", "北山镇.xlsx"], "--roster", "单位名录.xlsx");
    expect(json.totals["已复工"]).toBe(8);
    expect(json.totals["应急资金"]).toBeCloseTo(43.75, 10);
    const rejected = json.rejectedValues.filter((v: RejectedValue) => v.file === "城关镇.xlsx").map((v: RejectedValue) => `${v.cell} ${v.label} ${v.raw}`);
    expect(rejected.sort()).toEqual([`${CELL.funds} 应急资金 1e3`, `${CELL.resumed} 已复工 -5`]);
    const reasons = json.rejectedValues.map((v: RejectedValue) => v.reason).join("\n");
    expect(reasons).toContain("不能小于 0");
    expect(reasons).toContain("科学计数法");

    const text = await runCli(dir, "consolidate", "城关镇.xlsx", "北山镇.xlsx", "--template", "t.json", "--roster", "单位名录.xlsx", "-o", "汇总2.xlsx");
    const narrative = text.out.slice(text.out.indexOf("综述："), text.out.indexOf("催报通知"));
    expect(narrative).not.toMatch(/-5|−5|1000/);
    expect(narrative).toContain("已复工8家");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "汇总2.xlsx"));
    const sources: string[] = [];
    workbook.getWorksheet("来源清单")!.eachRow((row) => sources.push(String(row.getCell(13).value ?? "")));
    expect(sources.join("\n")).toContain(`${CELL.resumed} 已复工：审核错误，未计入：「已复工」为 -5，不能小于 0`);
  });
});

describeWithOpenpyxl("formulas saved without results (files written by scripts)", () => {
  it("computes SUM and + − × ÷ from the sheet's cells: 应急资金 210, not 130 with a false 未填写", async () => {
    const dir = await caseFolder();
    const form = officeForm("城关镇", { big: 10, small: 20, resumed: 25, funds: null }, { formulas: { [CELL.total]: "=D7+D8", [CELL.funds]: "=SUM(D7:D8)*7" } });
    writeGridWorkbookWithOpenpyxl(join(dir, "城关镇.xlsx"), [form]);
    const { json } = await consolidateJson(dir, ["城关镇.xlsx"]);
    expect(json.totals["企业总数"]).toBe(30);
    expect(json.totals["应急资金"]).toBe(210);
    const findings = await findingsOf(dir);
    expect(findings.join("\n")).not.toContain("未填写");
  });

  it("reports any other formula as 错误 “公式未计算” at its cell, never as a blank", async () => {
    const dir = await caseFolder();
    const form = officeForm("城关镇", { total: 30, big: 10, small: 20, funds: 200 }, { formulas: { [CELL.resumed]: "=VLOOKUP(B9,B6:D8,3,FALSE)" } });
    writeGridWorkbookWithOpenpyxl(join(dir, "城关镇.xlsx"), [form]);
    const { json } = await consolidateJson(dir, ["城关镇.xlsx"]);
    expect(json.totals["已复工"]).toBeUndefined();
    const value = json.rejectedValues.find((v: RejectedValue) => v.cell === CELL.resumed);
    expect(value.reason).toContain("公式未计算");
    const findings = await findingsOf(dir);
    expect(findings.some((f) => f.includes(`错误|Sheet1!${CELL.resumed}|已复工|`) && f.includes("公式未计算"))).toBe(true);
    expect(findings.join("\n")).not.toContain("「已复工」未填写");
  });

  it("validate says the same of the unit's file", async () => {
    const dir = await caseFolder();
    writeGridWorkbookWithOpenpyxl(join(dir, "城关镇.xlsx"), [
      officeForm("城关镇", { total: 30, big: 10, small: 20, funds: 200 }, { formulas: { [CELL.resumed]: "=INDIRECT(\"D6\")" } }),
    ]);
    const run = await runCli(dir, "validate", "城关镇.xlsx", "--template", "t.json");
    expect(run.code).toBe(1);
    expect(run.out).toContain("公式未计算");
  });
});

describe("exit codes and the summary one level up", () => {
  it("exits 2 when not one of the units could be counted", async () => {
    const dir = await caseFolder();
    await writeGridWorkbook(join(dir, "县卫健局.xlsx"), [officeForm("城关镇", { total: 5, big: 1, small: 4, resumed: 5, funds: 12 })]);
    const run = await runCli(dir, "consolidate", "县卫健局.xlsx", "--template", "t.json", "--roster", "单位名录.xlsx", "-o", "汇总.xlsx");
    expect(run.code).toBe(2);
    expect(run.err).toContain("没有一个单位的报表可以计入汇总");
    expectCleanError(run);
  });

  it("exits 2 when units were adopted but every figure of theirs was refused", async () => {
    const dir = await caseFolder();
    await writeGridWorkbook(join(dir, "城关镇.xlsx"), [officeForm("城关镇", { total: "xx", big: "-1", small: "约", resumed: "1e3", funds: "—" })]);
    const run = await runCli(dir, "consolidate", "城关镇.xlsx", "--template", "t.json", "-o", "汇总.xlsx");
    expect(run.code).toBe(2);
    expect(run.err).toContain("没有一个数可以计入汇总");
  });

  it("signs the summary with --preparer/--phone, so it passes its own audit as the input one level up", async () => {
    const dir = await caseFolder();
    await writeGridWorkbook(join(dir, "东村.xlsx"), [officeForm("东村", { total: 12, big: 4, small: 8, resumed: 10, funds: 40 })]);
    await writeGridWorkbook(join(dir, "西村.xlsx"), [officeForm("西村", { total: 18, big: 6, small: 12, resumed: 15, funds: 140 })]);
    const unsigned = await runCli(dir, "consolidate", "东村.xlsx", "西村.xlsx", "--template", "t.json", "--office", "城关镇", "-o", "未签.xlsx");
    expect(unsigned.out).toContain("--preparer");
    expect((await runCli(dir, "validate", "未签.xlsx", "--template", "t.json")).out).toContain("填表人");

    const signed = await runCli(dir, "consolidate", "东村.xlsx", "西村.xlsx", "--template", "t.json", "--office", "城关镇", "--preparer", "李四", "--phone", "0371-1234567", "-o", "城关镇汇总.xlsx");
    expect(signed.code).toBe(0);
    const audit = await runCli(dir, "validate", "城关镇汇总.xlsx", "--template", "t.json", "--json");
    expect(audit.code).toBe(0);
    expect(audit.out).not.toContain("填表人");

    // One level up, the town's summary is a unit's report like any other.
    await writeGridWorkbook(join(dir, "北山镇.xlsx"), [officeForm("北山镇", { total: 10, big: 4, small: 6, resumed: 8, funds: 43.75 })]);
    const { json } = await consolidateJson(dir, ["城关镇汇总.xlsx", "北山镇.xlsx"], "--roster", "单位名录.xlsx", "-o", "县汇总.xlsx");
    expect(json.units.received.sort()).toEqual(["北山镇", "城关镇"].sort());
    expect(json.totals["应急资金"]).toBeCloseTo(40 + 140 + 43.75, 10);
  });
});
