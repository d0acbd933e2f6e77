import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planSheet } from "../../src/core/layout";
import { cellAddress } from "../../src/core/sheet";
import { auditTemplate, auditWrites, cleanAuditForm, seededAuditForm } from "../_support/audit-sample";
import { expectCleanError, runCli } from "../_support/run-cli";
import { writeTemplateWorkbook } from "../_support/write-workbook";

let folder: string;
const template = auditTemplate();
const plan = planSheet(template);

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "huibao-validate-"));
  const seeded = seededAuditForm();
  await writeTemplateWorkbook(join(folder, "seeded.xlsx"), template, plan, auditWrites(template, plan, seeded.form, seeded.rateTyped));
  await writeTemplateWorkbook(join(folder, "clean.xlsx"), template, plan, auditWrites(template, plan, cleanAuditForm()));
  const earlier = cleanAuditForm();
  earlier.values.people = "2000";
  await writeTemplateWorkbook(join(folder, "earlier.xlsx"), template, plan, auditWrites(template, plan, earlier));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("huibao validate", () => {
  it("finds exactly the seeded mistakes at their cells and exits 1", async () => {
    const run = await runCli(folder, "validate", "seeded.xlsx", "--json");
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out);
    const { expected } = seededAuditForm();
    const cellOf = (e: (typeof expected)[number]) =>
      e.header ? cellAddress(plan.anchors.header[e.header]!.row, plan.anchors.header[e.header]!.col) : cellAddress(plan.anchors.indicators![e.key!].row, 3);
    expect(json.findings.map((f: { code: string; cell: string; severity: string }) => `${f.code}@${f.cell}:${f.severity}`).sort()).toEqual(
      expected.map((e) => `${e.code}@${cellOf(e)}:${e.severity === "verify" ? "verify" : e.severity}`).sort(),
    );
    expect(json.file).toBe("seeded.xlsx");
    expect(json.summary.error).toBe(expected.filter((e) => e.severity === "error").length);
    const banner = json.findings.find((f: { code: string }) => f.code === "validate.invalid");
    expect(banner).toMatchObject({ sheet: "审核样例统计表", indicator: "标语横幅", input: "很多" });
    expect(banner.message).toContain("无法识别");
  });

  it("prints a readable table with the severity words", async () => {
    const run = await runCli(folder, "validate", "seeded.xlsx");
    expect(run.out).toContain("错误");
    expect(run.out).toContain("核实");
    expect(run.out).toContain("「复工率」填的是 5.5");
    expect(run.out).toMatch(/错误 \d+ 条，核实 1 条，提示 \d+ 条/);
  });

  it("exits 0 on a clean workbook", async () => {
    const run = await runCli(folder, "validate", "clean.xlsx");
    expect(run.code).toBe(0);
    expect(run.out).toContain("未发现问题");
  });

  it("compares with the previous workbook", async () => {
    const run = await runCli(folder, "validate", "clean.xlsx", "--prev", "earlier.xlsx", "--json");
    expect(JSON.parse(run.out).findings.map((f: { code: string }) => f.code)).toEqual(["validate.cumulative-fell"]);
    expect(run.code).toBe(1);
  });
});

describe("a workbook that carries no template", () => {
  it("recognises the form by its title and labels, as the pane's 审核 does, and finds the same problems", async () => {
    const { XlsxWorkbook } = await import("../../src/workbook/xlsx");
    const { auditWorkbook } = await import("../../src/app");
    const { BUILTIN_TEMPLATES, findBuiltinTemplate } = await import("../../src/core/template");
    const { emptyFormState, formToCells } = await import("../../src/core/form");
    const supplies = findBuiltinTemplate("supplies")!;
    // A unit's form copied into a new workbook: the same layout, no binding in the workbook.
    const copied = planSheet(supplies, { sheetName: "物资表" });
    const book = XlsxWorkbook.create("抄来的.xlsx");
    await book.createSheet(copied);
    const form = { ...emptyFormState(supplies.id), header: { unit: "城关镇" }, values: { "masks.cumulative": "xx", "gloves.cumulative": "3.2万" } };
    await book.writeCells(copied.sheetName, formToCells(supplies, copied.anchors, form));
    const bytes = await book.toBytes();
    await writeFile(join(folder, "抄来的.xlsx"), bytes);

    const run = await runCli(folder, "validate", "抄来的.xlsx", "--json");
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.out).findings as Array<{ code: string; cell: string }>).map((f) => `${f.code}@${f.cell}`);
    expect(findings).toContain(`validate.placeholder@${cellAddress(copied.anchors.indicators!["masks.cumulative"].row, copied.anchors.indicators!["masks.cumulative"].valueCol)}`);
    expect((await runCli(folder, "validate", "抄来的.xlsx")).out).toContain("已审核：物资表（supplies）");

    // The pane audits the sheet it is on through the same use case.
    const pane = await auditWorkbook(await XlsxWorkbook.load(bytes, "抄来的.xlsx"), { scope: { kind: "sheet", sheet: "物资表" }, templates: BUILTIN_TEMPLATES });
    expect(pane.sheets).toEqual([{ sheet: "物资表", templateId: "supplies", how: "content" }]);
    expect(pane.items.map((i) => `${i.finding.code}@${i.finding.location.cell}`)).toEqual(findings);
  });
});

describe("edge cases", () => {
  it("exits 2 with a Chinese message for a file that cannot be used", async () => {
    await writeFile(join(folder, "random.xlsx"), Buffer.from("not a workbook at all, just text"));
    const run = await runCli(folder, "validate", "random.xlsx");
    expect(run.code).toBe(2);
    expect(run.err).toContain("random.xlsx");
    expectCleanError(run);
  });

  it("exits 2 for a missing file", async () => {
    const run = await runCli(folder, "validate", "nowhere.xlsx");
    expect(run.code).toBe(2);
    expect(run.err).toContain("找不到文件");
  });

  it("audits a workbook of a form no template knows against the form read off the sheet", async () => {
    const { XlsxWorkbook } = await import("../../src/workbook/xlsx");
    const wb = XlsxWorkbook.create();
    await wb.createSheet(planSheet(template, { sheetName: "表" }));
    await writeFile(join(folder, "unbound.xlsx"), await wb.toBytes());
    const run = await runCli(folder, "validate", "unbound.xlsx");
    expectCleanError(run);
    expect(run.out).toContain("已审核：表（按本表自己的表式，没有内置模板与之相符）");
    // The blank form's required header fields are 错误 for the inferred form too.
    expect(run.code).toBe(1);
  });

  it("asks for --template when no sheet holds a table at all", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("纪要");
    sheet.getCell("A1").value = "会议纪要";
    sheet.getCell("A3").value = "一、会议研究了春耕备耕工作。";
    await wb.xlsx.writeFile(join(folder, "no-table.xlsx"));
    const run = await runCli(folder, "validate", "no-table.xlsx");
    expect(run.code).toBe(2);
    expect(run.err).toContain("--template");
  });
});
