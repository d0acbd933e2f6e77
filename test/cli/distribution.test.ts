import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { planSheet } from "../../src/core/layout";
import { cellAddress } from "../../src/core/sheet";
import { fillWithOpenpyxl, writeGridWorkbook, type GridSheet } from "../_support/grid-workbook";
import { describeWithOpenpyxl } from "../_support/openpyxl";
import { expectCleanError, runCli } from "../_support/run-cli";
import { smallIndicatorTemplate } from "../_support/template-factory";

/**
 * Distribution and chasing up: blank forms for every unit of a roster in one step (each with its
 * 填报单位 filled and the template bound), filled in by the units, consolidated; then the 催报 notice
 * names who has not reported and whose file was refused, with what to fix.
 */

const template = smallIndicatorTemplate();
const plan = planSheet(template);
const ROSTER: GridSheet = {
  name: "单位名录",
  rows: [["单位名称", "别名"], ["城关镇"], ["东城街道", "东城"], ["西村"], ["县卫健局"]],
};
const UNITS = ["城关镇", "东城街道", "西村", "县卫健局"];

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "huibao-distribute-"));
  await writeFile(join(folder, "t.json"), JSON.stringify(template));
  await writeGridWorkbook(join(folder, "单位名录.xlsx"), [ROSTER]);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

function at(key: string): string {
  const anchor = plan.anchors.indicators![key];
  return cellAddress(anchor.row, anchor.valueCol);
}
function header(key: "unit" | "preparer" | "reportDate"): string {
  const anchor = plan.anchors.header[key]!;
  return cellAddress(anchor.row, anchor.col);
}

describe("huibao template new-workbook --roster", () => {
  it("writes a blank form for every unit of the roster, each with its 填报单位 filled and the template bound", async () => {
    const run = await runCli(folder, "template", "new-workbook", "t.json", "--roster", "单位名录.xlsx", "--period", "2023年2月20日", "-o", "下发");
    expectCleanError(run);
    expect(run.code).toBe(0);
    expect(run.out).toContain("为 4 个单位");
    expect((await readdir(join(folder, "下发"))).sort()).toEqual(UNITS.map((u) => `${u}.xlsx`).sort());

    for (const unit of UNITS) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(folder, "下发", `${unit}.xlsx`));
      const sheet = workbook.getWorksheet(plan.sheetName)!;
      expect(sheet.getCell(header("unit")).value).toBe(unit);
      // The binding lives in a very hidden sheet: the form is recognised without looking at its labels.
      expect(workbook.worksheets.some((s) => s.state === "veryHidden")).toBe(true);
    }
    // Audited with no --template: the form is known by its binding; blank figures are told, 填报单位 is not.
    const audit = JSON.parse((await runCli(folder, "validate", join("下发", "西村.xlsx"), "--json")).out);
    const about = audit.findings.map((f: { indicator: string }) => f.indicator);
    expect(about).toContain("企业总数");
    expect(about).not.toContain("填报单位");
  });

  it("writes nothing when one of the files is there already, unless --force", async () => {
    await mkdir(join(folder, "已有"));
    await writeFile(join(folder, "已有", "西村.xlsx"), "clerk's own file");
    const run = await runCli(folder, "template", "new-workbook", "t.json", "--roster", "单位名录.xlsx", "-o", "已有");
    expect(run.code).toBe(2);
    expect(run.err).toContain("西村.xlsx");
    expectCleanError(run);
    expect(await readdir(join(folder, "已有"))).toEqual(["西村.xlsx"]);
  });

  it("asks for --unit or --roster, and a folder with --roster", async () => {
    const neither = await runCli(folder, "template", "new-workbook", "t.json", "-o", "x.xlsx");
    expect(neither.code).toBe(2);
    expect(neither.err).toContain("--roster");
    const file = await runCli(folder, "template", "new-workbook", "t.json", "--roster", "单位名录.xlsx", "-o", "下发.xlsx");
    expect(file.code).toBe(2);
    expect(file.err).toContain("文件夹");
    expectCleanError(file);
  });
});

describeWithOpenpyxl("after a consolidation, the 催报 notice", () => {
  it("names the units still 未报 and each file refused with what to fix, ready to paste, in --json and printed", async () => {
    const sent = join(folder, "下发");
    const jobs = [
      { unit: "城关镇", cells: { [at("total")]: 30, [at("big")]: 10, [at("small")]: 20, [at("resumed")]: 25, [at("funds")]: 200 } },
      { unit: "东城街道", cells: { [at("total")]: 12, [at("big")]: 4, [at("small")]: 8, [at("resumed")]: -3, [at("funds")]: 43.75 } },
      // 县卫健局 filled in 城关镇's name over its own.
      { unit: "县卫健局", cells: { [header("unit")]: "城关镇", [at("total")]: 5, [at("big")]: 1, [at("small")]: 4, [at("resumed")]: 5, [at("funds")]: 12 } },
    ].map((j) => ({ file: join(sent, `${j.unit}.xlsx`), sheet: plan.sheetName, cells: { [header("preparer")]: "张三", [header("reportDate")]: "2023-02-21", ...j.cells } }));
    expect(fillWithOpenpyxl(jobs)).toBe("");

    const files = ["城关镇.xlsx", "东城街道.xlsx", "县卫健局.xlsx"].map((f) => join("下发", f));
    const run = await runCli(folder, "consolidate", ...files, "--roster", "单位名录.xlsx", "-o", "汇总.xlsx", "--json");
    expectCleanError(run);
    const json = JSON.parse(run.out);
    expect(json.totals["应急资金"]).toBeCloseTo(243.75, 10);
    expect(json.totals["已复工"]).toBe(25);
    const lines = json.reminder.split("\n");
    expect(lines[0]).toBe("【催报】测试统计表（2023年2月20日）");
    expect(lines).toContain("以下 2 个单位尚未报送：西村、县卫健局。");
    expect(lines).toContain("以下 2 份报表未能采用，请修改后重新报送：");
    // The unit's rate formula gives −25 from its −3: both are named, so fixing the one figure fixes both.
    expect(json.reminder).toMatch(/东城街道\.xlsx：2 个数未计入（“测试统计表”D\d+“已复工”：审核错误，未计入：「已复工」为 -3，不能小于 0；“测试统计表”D\d+“复工率”/);
    expect(json.reminder).toMatch(/县卫健局\.xlsx：该文件工作表“测试统计表”[A-Z]+\d+ 的填报单位是“城关镇”/);
    expect(lines[lines.length - 1]).toBe("请尽快报送，谢谢！");

    const text = await runCli(folder, "consolidate", ...files, "--roster", "单位名录.xlsx", "-o", "汇总2.xlsx");
    expect(text.out).toContain(`催报通知（可复制到工作群）：\n${json.reminder}`);
  });

  it("says no reminder is needed when every unit is in and nothing was refused", async () => {
    const dir = join(folder, "齐");
    await mkdir(dir);
    await writeFile(join(dir, "t.json"), JSON.stringify(template));
    await writeGridWorkbook(join(dir, "名录.xlsx"), [{ name: "名录", rows: [["单位名称"], ["城关镇"]] }]);
    const made = await runCli(dir, "template", "new-workbook", "t.json", "--roster", "名录.xlsx", "-o", "下发");
    expect(made.code).toBe(0);
    const job = { file: join(dir, "下发", "城关镇.xlsx"), sheet: plan.sheetName, cells: { [header("preparer")]: "张三", [header("reportDate")]: "2023-02-21", [at("total")]: 1, [at("big")]: 1, [at("small")]: 0, [at("resumed")]: 1, [at("funds")]: 2 } };
    expect(fillWithOpenpyxl([job])).toBe("");
    const run = await runCli(dir, "consolidate", join("下发", "城关镇.xlsx"), "--roster", "名录.xlsx", "-o", "汇总.xlsx", "--json");
    expect(JSON.parse(run.out).reminder).toContain("1 个单位已全部报送，无需催报。");
  });
});
