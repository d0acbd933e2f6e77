import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runDemo } from "../../src/cli/demo";
import { BUILTIN_TEMPLATES } from "../../src/core/template";
import { readXlsxFile } from "../../src/workbook/xlsx/xlsx-file";

describe("npm run demo", () => {
  let folder: string;
  let out = "";
  let code: number;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "huibao-demo-"));
    code = await runDemo({ out: (t) => void (out += t), err: (t) => void (out += t), cwd: folder }, "out");
  }, 120_000);
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("finishes and writes a blank unit workbook of every built-in template", async () => {
    expect(code).toBe(0);
    const files = await readdir(join(folder, "out", "空白表式"));
    expect(files).toHaveLength(BUILTIN_TEMPLATES.length);
    for (const template of BUILTIN_TEMPLATES) {
      const file = files.find((f) => f.startsWith(template.id + "-"))!;
      const [binding] = await (await readXlsxFile(join(folder, "out", "空白表式", file))).readBindings();
      expect(binding.templateId).toBe(template.id);
      expect(out).toContain(`《${template.title}》`);
    }
  });

  it("consolidates the samples of every template and finds the missing unit, the resubmission and the zero report", async () => {
    for (const template of BUILTIN_TEMPLATES) {
      expect(out).toContain(`汇总：${template.title}`);
      const summary = join(folder, "out", "汇总", `${template.title}-汇总.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(summary);
      expect(workbook.worksheets.map((w) => w.name).slice(0, 6)).toEqual(["汇总表", "分单位明细", "未报单位", "审核情况", "来源清单", "综述"]);
    }
    expect(out).toContain("未报 1 个：北山镇");
    expect(out).toContain("零报告：南湖乡");
    expect(out).toContain("重复报送：东关街道（采用 东关街道（更正）.xlsx，未采用 东关街道.xlsx）");
  });

  it("converts the figure a unit sent in another unit of measure and says so", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, "out", "汇总", "防疫物资保障统计表-汇总.xlsx"));
    const texts: string[] = [];
    workbook.getWorksheet("审核情况")!.eachRow((row) => texts.push(row.values!.toString()));
    expect(texts.join("\n")).toMatch(/西关街道.*本表计量单位为“元”，按 \d+(\.\d+)?万元 计/);
  });

  it("converts the whole row of that unit, 本期 and 累计 alike (the row's 计量单位 speaks for both)", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, "out", "汇总", "防疫物资保障统计表-汇总.xlsx"));
    const texts: string[] = [];
    workbook.getWorksheet("审核情况")!.eachRow((row) => texts.push(row.values!.toString()));
    const converted = texts.filter((t) => /西关街道.*本表计量单位为“元”/.test(t)).map((t) => ({ value: /「(.+?)」/.exec(t)![1], wan: Number(/按 ([\d.]+)万元 计/.exec(t)![1]) }));
    expect(converted.map((c) => c.value)).toEqual(["累计筹备物资金额·本期新增", "累计筹备物资金额·累计"]);
    // Both were sent in 元: read in 万元, the 累计 still includes the 本期 (had the 累计 stayed in 万元, it would read as a ten-thousandth).
    expect(converted[1].wan).toBeGreaterThanOrEqual(converted[0].wan);
  });

  it("plants its faults and no others: every 错误 and 核实 of every summary is the unit that left a placeholder", async () => {
    for (const template of BUILTIN_TEMPLATES) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(folder, "out", "汇总", `${template.title}-汇总.xlsx`));
      const serious: string[] = [];
      workbook.getWorksheet("审核情况")!.eachRow((row) => {
        const cells = (row.values as unknown[]).map(String);
        if (cells.includes("错误") || cells.includes("核实")) serious.push(cells.join(" "));
      });
      for (const finding of serious) expect([template.id, finding]).toEqual([template.id, expect.stringContaining("县教育局")]);
    }
  });

  it("says beside a total, and in the 汇总表's 备注, which unit's figure it leaves out", async () => {
    expect(out).toMatch(/先期拨付·累计：[\d.]+ {2}不含县教育局（未计入，见审核情况）/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(folder, "out", "汇总", "防疫物资保障统计表-汇总.xlsx"));
    const texts: string[] = [];
    workbook.getWorksheet("汇总表")!.eachRow((row) => texts.push(row.values!.toString()));
    expect(texts.find((t) => t.includes("先期拨付"))).toContain("累计：不含县教育局（未计入，见审核情况）");
  });

  it("audits one unit and shows the placeholder it left in", () => {
    expect(out).toContain("$ huibao validate");
    expect(out).toMatch(/占位符“xx”/);
  });

  describe("edge cases", () => {
    it("runs again over its own earlier output", async () => {
      let err = "";
      const io = { out: () => undefined, err: (t: string) => void (err += t), cwd: folder };
      expect(await runDemo(io, "out")).toBe(0);
      expect(err).toBe("");
    }, 120_000);
  });
});
