import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { emptyFormState, formToCells } from "../../src/core/form";
import { planSheet } from "../../src/core/layout";
import { smallIndicatorTemplate } from "../_support/template-factory";
import { expectCleanError, runCli } from "../_support/run-cli";
import { writeTemplateWorkbook } from "../_support/write-workbook";

const template = smallIndicatorTemplate();
const plan = planSheet(template);
const units = [
  { name: "甲镇", total: 40, big: 10, small: 30, resumed: 35, funds: "12.5" },
  { name: "乙镇", total: 25, big: 5, small: 20, resumed: 20, funds: "7.25" },
  { name: "丙街道", total: 0, big: 0, small: 0, resumed: 0, funds: "0" },
];
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "huibao-consolidate-"));
  for (const u of units) {
    const form = { ...emptyFormState(template.id), header: { unit: u.name, period: "2023年2月20日", preparer: "张三", reportDate: "2023-02-21" }, values: { total: String(u.total), big: String(u.big), small: String(u.small), resumed: String(u.resumed), funds: u.funds } };
    await writeTemplateWorkbook(join(folder, `${u.name}.xlsx`), template, plan, formToCells(template, plan.anchors, form));
  }
  await writeFile(join(folder, "坏文件.xlsx"), Buffer.from("PK\u0003\u0004 truncated"));
  await writeFile(join(folder, "t.json"), JSON.stringify(template));
  await mkdir(join(folder, "out"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("huibao consolidate", () => {
  it("gives totals equal to sums computed independently, in its JSON and in the workbook it writes", async () => {
    const ok = await runCli(folder, "consolidate", "*.xlsx", "--template", "t.json", "-o", "out/汇总.xlsx", "--json");
    expect(ok.code).toBe(0);
    const json = JSON.parse(ok.out);
    const sum = (key: "total" | "big" | "small" | "resumed") => units.reduce((a, u) => a + u[key], 0);
    expect(json.totals["企业总数"]).toBe(sum("total"));
    expect(json.totals["规上企业"]).toBe(sum("big"));
    expect(json.totals["已复工"]).toBe(sum("resumed"));
    expect(json.totals["应急资金"]).toBeCloseTo(19.75, 10);
    expect(json.totals["复工率"]).toBeCloseTo((sum("resumed") / sum("total")) * 100, 10);
    expect(json.units.zeroReports).toEqual(["丙街道"]);
    const bad = json.inputs.find((i: { file: string }) => i.file === "坏文件.xlsx");
    expect(bad.status).toBe("rejected");
    expect(bad.reason).toContain("坏文件.xlsx");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, "out", "汇总.xlsx"));
    const totalSheet = workbook.getWorksheet("汇总表")!;
    const valueOf = (label: string) => {
      let found: unknown;
      totalSheet.eachRow((row) => {
        if (String(row.getCell(2).value ?? "").replace("其中：", "") === label) found = row.getCell(4).value;
      });
      return found;
    };
    expect(valueOf("企业总数")).toBe(sum("total"));
    expect(valueOf("已复工")).toBe(sum("resumed"));
    expect(valueOf("应急资金")).toBeCloseTo(19.75, 10);
  });

  it("names every file in 来源清单 with its SHA-256", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, "out", "汇总.xlsx"));
    const sources: string[] = [];
    workbook.getWorksheet("来源清单")!.eachRow((row) => sources.push(String(row.getCell(2).value ?? "")));
    for (const file of ["甲镇.xlsx", "乙镇.xlsx", "丙街道.xlsx", "坏文件.xlsx"]) expect(sources.join("|")).toContain(file);
  });
});

describe("edge cases", () => {
  it("refuses to overwrite an existing summary without --force", async () => {
    const run = await runCli(folder, "consolidate", "甲镇.xlsx", "--template", "t.json", "-o", "out/汇总.xlsx");
    expect(run.code).toBe(2);
    expect(run.err).toContain("--force");
    expectCleanError(run);
  });

  it("names the output path when its folder does not exist", async () => {
    const run = await runCli(folder, "consolidate", "甲镇.xlsx", "--template", "t.json", "-o", "无此目录/汇总.xlsx");
    expect(run.code).not.toBe(0);
    expect(run.err).toContain("无此目录");
    expectCleanError(run);
  });

  it("says which inputs do not exist", async () => {
    const run = await runCli(folder, "consolidate", "无此文件.xlsx", "-o", "x.xlsx");
    expect(run.code).toBe(2);
    expect(run.err).toContain("无此文件.xlsx");
  });

  it("leaves a rate past 100% out of the 综述 and says so beside it", async () => {
    await mkdir(join(folder, "over"), { recursive: true });
    const form = { ...emptyFormState(template.id), header: { unit: "甲镇", period: "2023年2月20日", reportDate: "2023-02-21" }, values: { total: "10", big: "4", small: "6", resumed: "12" } };
    await writeTemplateWorkbook(join(folder, "over", "甲镇.xlsx"), template, plan, formToCells(template, plan.anchors, form));
    const run = await runCli(folder, "consolidate", "over", "--template", "t.json", "-o", "out/超额.xlsx");
    expect(run.code).toBe(0);
    const [, paragraph, notice] = run.out.slice(run.out.indexOf("综述：")).split("\n");
    expect(paragraph).toContain("已复工12家");
    expect(paragraph).not.toMatch(/120%/);
    expect(notice).toContain("提示：“复工率”汇总为 120%，超过 100%，未写入综述");
  });

  it("writes the summary when no file can be used, says 均未报送, and exits 2 saying no unit was counted", async () => {
    const run = await runCli(folder, "consolidate", "坏文件.xlsx", "--template", "t.json", "-o", "out/无单位.xlsx");
    expect(run.code).toBe(2);
    expect(run.out).toContain("综述：");
    expect(run.err).toMatch(/^错误：没有一个单位的报表可以计入汇总/);
    expectCleanError(run);
    expect((await readdir(join(folder, "out"))).includes("无单位.xlsx")).toBe(true);
  });

  it("leaves no output file when the run fails", async () => {
    const run = await runCli(folder, "consolidate", "甲镇.xlsx", "--template", "nosuch", "-o", "失败.xlsx");
    expect(run.code).toBe(2);
    expect((await readdir(folder)).some((f) => f.startsWith("失败"))).toBe(false);
  });
});
