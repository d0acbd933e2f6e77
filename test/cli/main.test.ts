import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { displayWidth } from "../../src/cli/_lib/text-table";
import { sheetToForm } from "../../src/core/form";
import { planSheet } from "../../src/core/layout";
import { BUILTIN_TEMPLATES, findBuiltinTemplate } from "../../src/core/template";
import { readXlsxFile } from "../../src/workbook/xlsx/xlsx-file";
import { expectCleanError, runCli } from "../_support/run-cli";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../_support/template-factory";

let folder: string;

const huibao = (...args: string[]) => runCli(folder, ...args);

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), "huibao-cli-"));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe("huibao template list", () => {
  it("prints the six built-in templates as a table with Chinese heads", async () => {
    const run = await huibao("template", "list");
    expect(run.code).toBe(0);
    expect(run.err).toBe("");
    const [head, ...rest] = run.out.split("\n");
    expect(head).toMatch(/^编号\s+表名\s+类型$/);
    expect(BUILTIN_TEMPLATES).toHaveLength(6);
    for (const template of BUILTIN_TEMPLATES) {
      expect(rest.find((line) => line.startsWith(template.id + " "))).toContain(template.title);
    }
    expect(run.out).toContain("共 6 个模板");
  });

  it("lines the kinds up even though Chinese characters are wide", async () => {
    const lines = (await huibao("template", "list")).out.split("\n").slice(0, 7);
    const kindColumns = lines.map((line) => displayWidth(line.slice(0, line.search(/\S+$/))));
    expect(new Set(kindColumns).size).toBe(1);
  });

  it("prints {id, title, kind} for each template with --json", async () => {
    const run = await huibao("template", "list", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual(BUILTIN_TEMPLATES.map((t) => ({ id: t.id, title: t.title, kind: t.kind })));
  });
});

describe("huibao template show", () => {
  it("prints an indicator tree with units, 其中 children indented, the breakdown and the computed rate", async () => {
    await writeFile(join(folder, "small.json"), JSON.stringify(smallIndicatorTemplate()));
    const run = await huibao("template", "show", "small.json");
    expect(run.code).toBe(0);
    const lines = run.out.split("\n");
    expect(lines[0]).toContain("《测试统计表》");
    expect(lines[0]).toContain("指标表");
    expect(run.out).toContain("表号：测试1表");
    expect(run.out).toContain("一、基本情况");
    const total = lines.find((l) => l.includes("企业总数（家）"))!;
    const child = lines.find((l) => l.includes("规上企业（家）"))!;
    expect(total).toContain("其中项之和应等于合计");
    expect(child.trimStart()).toMatch(/^其中：规上企业/);
    expect(child.search(/\S/)).toBeGreaterThan(total.search(/\S/));
    expect(lines.find((l) => l.includes("复工率（%）"))).toContain("＝已复工÷企业总数×100%");
  });

  it("says whether a breakdown's parts may overlap", async () => {
    const run = await huibao("template", "show", "screening");
    expect(run.out.split("\n").find((l) => l.includes("问责（人）"))).toContain("其中项可以重叠，每项不超过合计");
    expect(run.out.split("\n").find((l) => l.includes("党纪政务处分（人）"))).toContain("其中项互不重叠，之和不超过合计");
  });
  it("draws the 宾栏 of a grid: group heads over their columns, each column with its role, unit and formula, and the 合计 row", async () => {
    const run = await huibao("template", "show", "resumption");
    expect(run.code).toBe(0);
    expect(run.out).toContain("宾栏（共 6 栏）：");
    expect(run.out).toMatch(/企业类别\s+企业复工情况\s+〃\s+〃\s+人员返岗情况/);
    expect(run.out).toMatch(/企业总数（家）\s+已复工（家）\s+复工率（%）/);
    expect(run.out).toContain("3. 企业复工情况·复工率（%） · 百分比 · ＝已复工÷企业总数×100%");
    expect(run.out).toContain("“合计”行为各行之和，比率重新计算");
    const propaganda = await huibao("template", "show", "propaganda");
    expect(propaganda.out).toContain("2. 上年同期 · 上年同期（综述据此写同比） · 可不填");
  });


  it("prints a ledger's columns with their kinds and choices", async () => {
    await writeFile(join(folder, "ledger.json"), JSON.stringify(smallLedgerTemplate()));
    const run = await huibao("template", "show", "./ledger.json");
    expect(run.code).toBe(0);
    expect(run.out).toContain("台账");
    expect(run.out).toMatch(/1\. 问题表述 · 文本 · 必填/);
    expect(run.out).toContain("可选：已完成／持续推进／未启动");
    expect(run.out).toContain("完成标志：“整改状态”为 已完成，须填“完成日期”");
  });

  it("prints a built-in template as JSON with --json", async () => {
    const run = await huibao("template", "show", "rectification", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual(findBuiltinTemplate("rectification"));
  });

  it("refuses an unknown id in Chinese with exit code 2, listing the known ones", async () => {
    const run = await huibao("template", "show", "nope");
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err).toContain("没有编号为“nope”的模板");
    expect(run.err).toContain("supplies");
    expectCleanError(run);
  });

  it("reports every problem of a template file in Chinese", async () => {
    await writeFile(join(folder, "bad.json"), JSON.stringify({ id: "x", kind: "ledger" }));
    const run = await huibao("template", "show", "bad.json");
    expect(run.code).toBe(2);
    expect(run.err).toContain("模板文件“bad.json”有");
    expect(run.err).toContain("title：缺少此项");
    expectCleanError(run);
  });
});

describe("huibao template new-workbook", () => {
  it("writes a unit workbook that reloads with the unit filled in and the template bound", async () => {
    const run = await huibao("template", "new-workbook", "supplies", "--unit", "城关镇", "--period", "2023年2月20日24时", "-o", "城关镇.xlsx");
    expect(run.code).toBe(0);
    expect(run.err).toBe("");
    expect(run.out).toContain("已为“城关镇”生成《防疫物资保障统计表》");
    expect(run.out).toContain("城关镇.xlsx");

    const workbook = await readXlsxFile(join(folder, "城关镇.xlsx"));
    const template = findBuiltinTemplate("supplies")!;
    const plan = planSheet(template);
    expect(await workbook.listSheets()).toEqual([
      { name: plan.sheetName, visibility: "visible" },
      { name: "_huibao_templates", visibility: "veryHidden" },
    ]);
    const form = sheetToForm(template, plan.anchors, await workbook.readSheet(plan.sheetName));
    expect(form.header).toEqual({ unit: "城关镇", period: "2023年2月20日24时" });
    expect(form.values).toEqual({});
    const [binding] = await workbook.readBindings();
    expect(binding).toMatchObject({ sheetName: plan.sheetName, templateId: "supplies" });
    expect(JSON.parse(binding.templateJson)).toEqual(template);
  });

  it("makes a workbook from a template file too", async () => {
    await writeFile(join(folder, "ledger.json"), JSON.stringify(smallLedgerTemplate()));
    const run = await huibao("template", "new-workbook", "ledger.json", "--unit", "东城街道", "-o", "out.xlsx");
    expect(run.code).toBe(0);
    const [binding] = await (await readXlsxFile(join(folder, "out.xlsx"))).readBindings();
    expect(binding.templateId).toBe("small-ledger");
  });

  it("never overwrites an existing file unless --force is given", async () => {
    const path = join(folder, "城关镇.xlsx");
    await writeFile(path, "已填好的数据");
    const refused = await huibao("template", "new-workbook", "supplies", "--unit", "城关镇", "-o", "城关镇.xlsx");
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("已存在");
    expect(refused.err).toContain("--force");
    expect(await readFile(path, "utf8")).toBe("已填好的数据");

    const forced = await huibao("template", "new-workbook", "supplies", "--unit", "城关镇", "-o", "城关镇.xlsx", "--force");
    expect(forced.code).toBe(0);
    expect((await readFile(path)).subarray(0, 2).toString()).toBe("PK");
    expect(await readdir(folder)).toEqual(["城关镇.xlsx"]);
  });
});

describe("usage errors and help", () => {
  it("answers an unknown command in Chinese with a suggestion and exit code 2", async () => {
    const run = await huibao("template", "shw");
    expect(run.code).toBe(2);
    expect(run.err).toContain("没有“shw”这个命令");
    expect(run.err).toContain("show");
    expectCleanError(run);
  });

  it("names a missing required option in Chinese", async () => {
    const run = await huibao("template", "new-workbook", "supplies", "--unit", "城关镇");
    expect(run.code).toBe(2);
    expect(run.err).toContain("缺少必需的选项 -o, --output");
    expectCleanError(run);
  });

  it("names a missing argument and an unknown option in Chinese", async () => {
    const missing = await huibao("template", "show");
    expect(missing.err).toContain("缺少必需的参数 <id>");
    const unknown = await huibao("template", "list", "--bogus");
    expect(unknown.err).toContain("不认识的选项“--bogus”");
    expect([missing.code, unknown.code]).toEqual([2, 2]);
  });

  it("prints Chinese help with exit code 0", async () => {
    const run = await huibao("template", "--help");
    expect(run.code).toBe(0);
    expect(run.out).toContain("用法：");
    expect(run.out).toContain("命令：");
    expect(run.out).toContain("new-workbook");
    expect(run.out).not.toContain("[options]");
  });

  it("prints the version with exit code 0", async () => {
    const run = await huibao("--version");
    expect(run.code).toBe(0);
    expect(run.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("shows the help on stderr with exit code 2 when no command is given", async () => {
    const run = await huibao();
    expect(run.code).toBe(2);
    expect(run.err).toContain("template");
  });
});

describe("edge cases", () => {
  it("refuses an empty 填报单位", async () => {
    const run = await huibao("template", "new-workbook", "supplies", "--unit", "  ", "-o", "a.xlsx");
    expect(run.code).toBe(2);
    expect(run.err).toContain("填报单位");
    expect(await readdir(folder)).toEqual([]);
  });

  it("refuses an output name Excel would not open", async () => {
    const run = await huibao("template", "new-workbook", "supplies", "--unit", "城关镇", "-o", "城关镇.xls");
    expect(run.code).toBe(2);
    expect(run.err).toContain(".xlsx");
  });

  it("says in Chinese when the output folder does not exist, exit code 1", async () => {
    const run = await huibao("template", "new-workbook", "supplies", "--unit", "城关镇", "-o", join("无此文件夹", "a.xlsx"));
    expect(run.code).toBe(1);
    expect(run.err).toContain("文件夹不存在");
    expectCleanError(run);
  });

  it("says a template file is not JSON, and that a missing one is missing", async () => {
    await writeFile(join(folder, "broken.json"), "{ \"id\": ");
    const broken = await huibao("template", "show", "broken.json");
    expect(broken.code).toBe(2);
    expect(broken.err).toContain("不是有效的 JSON");
    const missing = await huibao("template", "show", "./none.json");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("文件不存在");
    expectCleanError(missing);
  });
});
