import { consolidate, toJson, type ConsolidationResult } from "../../../src/core/consolidate";
import { findBuiltinTemplate } from "../../../src/core/template";
import type { IndicatorTemplate, LedgerTemplate } from "../../../src/core/template/types";
import { addInForm, inputOf, rosterOf, unitForm } from "../../_support/consolidate-factory";
import { countIndicator, smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";
import { problemText } from "../../../src/core/locale";
import { stackedRows } from "../../_support/stacked-rows";
import { auditForConsolidation } from "../../../src/core/validate";

const template = smallIndicatorTemplate();
const roster = rosterOf(["城关镇", ["城关"], "县政府"], ["东城街道", ["东城"], "县政府"], ["西城街道", [], "县政府"]);

function total(result: ConsolidationResult, key: string): number | undefined {
  return result.totals.find((t) => t.key === key)?.value;
}

function account(result: ConsolidationResult, file: string) {
  const found = result.inputs.find((i) => i.file === file);
  if (!found) throw new Error(`no input ${file}`);
  return found;
}

describe("consolidate: figures", () => {
  it("asks \"0.4 or 40%?\" of a rate a clerk typed, and leaves a rate the form's formula computed to the audit", () => {
    const sheet = unitForm(template, { total: 1000, resumed: 4, rate: 0.4 }, { unit: "城关镇" });
    const row = sheet.rows.findIndex((cells) => cells[1] === "复工率");
    const asked = (s: typeof sheet) => consolidate([inputOf("a.xlsx", 1, s)], { template }).findings.filter((f) => problemText(f).includes("如果指的是"));
    expect(asked(sheet)).toHaveLength(1);
    expect(asked({ ...sheet, formulas: { [`${row},3`]: "D7/D5*100" } })).toHaveLength(0);
  });

  it("leaves \"0.4 or 40%?\" to the audit where one runs: asked once where the row does not settle it, not at all where it does", () => {
    const asked = (values: Record<string, number>) =>
      consolidate([inputOf("a.xlsx", 1, unitForm(template, values, { unit: "城关镇" }))], { template, validate: auditForConsolidation }).findings.filter((f) =>
        problemText(f).includes("如果指的是"),
      );
    // 4 of 1000 is 0.4%: the typed 0.4 is right as it stands.
    expect(asked({ total: 1000, resumed: 4, rate: 0.4 })).toHaveLength(0);
    // 400 of 1000 is 40%: asked, by the audit alone.
    expect(asked({ total: 1000, resumed: 400, rate: 0.4 }).map((f) => f.source)).toEqual(["validate"]);
  });

  it("adds up figures matched by label, whatever the units' spelling and order of rows", () => {
    const a = unitForm(template, { total: 92, big: 3, small: 89, resumed: 80, funds: 12.5 }, { unit: "城关镇" });
    const b = unitForm(template, { total: 10, big: 2, small: 8, resumed: 6, funds: 1.25 }, { unit: "东城街道", label: (l) => `（一）其中：${l}` });
    const result = consolidate([inputOf("a.xlsx", 1, a), inputOf("b.xlsx", 2, b)], { template, roster });
    expect(total(result, "total")).toBe(102);
    expect(total(result, "small")).toBe(97);
    expect(total(result, "funds")).toBe(13.75);
    expect(result.units.map((u) => u.name)).toEqual(["城关镇", "东城街道"]);
  });

  it("lists units off the roster as a clerk counts them: 第2社区 before 第10社区, 二 before 十, words in pinyin", () => {
    const names = ["第10社区", "东关街道", "第十中学", "第2社区", "北关街道", "第二中学"];
    const inputs = names.map((unit, i) => inputOf(`${i}.xlsx`, i + 1, unitForm(template, { total: i + 1 }, { unit })));
    const result = consolidate(inputs, { template });
    // 北 bei, 第 di, 东 dong; after 第 the number by value (2 = 二 < 10 = 十), then 社区 she before 中学 zhong.
    expect(result.units.map((u) => u.name)).toEqual(["北关街道", "第2社区", "第二中学", "第10社区", "第十中学", "东关街道"]);
  });

  it("adds decimals as the decimals written: 0.1 and 0.2 make 0.3", () => {
    const a = unitForm(template, { funds: 0.1 }, { unit: "城关镇" });
    const b = unitForm(template, { funds: 0.2 }, { unit: "东城街道" });
    expect(total(consolidate([inputOf("a.xlsx", 1, a), inputOf("b.xlsx", 2, b)], { template, roster }), "funds")).toBe(0.3);
  });

  it("recomputes a rate from the summed parts and never sums the typed rates", () => {
    const a = unitForm(template, { total: 100, resumed: 90, rate: 90 }, { unit: "城关镇" });
    const b = unitForm(template, { total: 10, resumed: 5, rate: 50 }, { unit: "东城街道" });
    const result = consolidate([inputOf("a.xlsx", 1, a), inputOf("b.xlsx", 2, b)], { template, roster });
    expect(total(result, "rate")).toBeCloseTo((95 / 110) * 100, 10);
    expect(result.units[1].figures.rate).toMatchObject({ value: 50, recomputed: true });
  });

  it("counts 300余 as 300, keeps the qualifier and marks the total approximate", () => {
    const a = unitForm(template, { resumed: "300余" }, { unit: "城关镇" });
    const b = unitForm(template, { resumed: 20 }, { unit: "东城街道" });
    const result = consolidate([inputOf("a.xlsx", 1, a), inputOf("b.xlsx", 2, b)], { template, roster });
    expect(result.units[0].figures.resumed).toMatchObject({ value: 300, qualifier: "余" });
    expect(result.totals.find((t) => t.key === "resumed")).toMatchObject({ value: 320, approximate: true, qualifier: "余" });
    expect(result.findings.some((f) => f.severity === "hint" && problemText(f).includes("保留“余”"))).toBe(true);
  });

  it.each([
    [["300余", "200余"], "余"],
    [["300余", 200], "余"],
    [["300多", "200多"], "多"],
    [["300余", "200以上"], "余"],
    [["近300", "近200"], "近"],
    [["近300", 200], "近"],
    [["300余", "近200"], "约"],
    [["约300", 200], "约"],
    [["300左右", "约200"], "约"],
    [[300, 200], undefined],
  ] as const)("keeps the hedges of %j on their total as %s", (typed, qualifier) => {
    const forms = typed.map((resumed, i) => inputOf(`${i}.xlsx`, i, unitForm(template, { resumed }, { unit: ["城关镇", "东城街道"][i] })));
    const result = consolidate(forms, { template, roster });
    expect(result.totals.find((t) => t.key === "resumed")).toMatchObject({ value: 500, approximate: qualifier !== undefined });
    expect(result.totals.find((t) => t.key === "resumed")?.qualifier).toBe(qualifier);
  });

  it("reads 3.2万 in a 家 field as 32000 and counts it as converted", () => {
    const a = unitForm(template, { total: "3.2万" }, { unit: "城关镇" });
    const result = consolidate([inputOf("a.xlsx", 1, a)], { template, roster });
    expect(total(result, "total")).toBe(32000);
    expect(account(result, "a.xlsx")).toMatchObject({ valuesAccepted: 1, valuesConverted: 1 });
  });

  it("keeps the audit's words where it speaks of the same cell as consolidation's own note, and every note of a cell it does not", () => {
    const a = unitForm(template, { total: "3.2万", big: "3.2万" }, { unit: "城关镇" });
    const audit = (_t: unknown, report: { sheet: string }) => [{ code: "validate.approximate" as const, params: { label: "企业总数", input: "3.2万", value: 32000, qualifier: "" }, severity: "hint" as const, sheet: report.sheet, cell: "D5" }];
    const result = consolidate([inputOf("a.xlsx", 1, a)], { template, roster, validate: audit });
    // Consolidation notes both 3.2万 cells (D5, D6); the one the audit speaks of (D5) keeps the audit's words alone.
    expect(account(result, "a.xlsx").findings.map((f) => [f.source, f.cell])).toEqual([
      ["consolidate", "D6"],
      ["validate", "D5"],
    ]);
  });

  it("keeps every finding of the audit when consolidation has no note of its own", () => {
    const a = unitForm(template, { total: 92 }, { unit: "城关镇" });
    const audit = (_t: unknown, report: { sheet: string }) => [{ code: "validate.approximate" as const, params: { label: "企业总数", input: "92", value: 92, qualifier: "" }, severity: "hint" as const, sheet: report.sheet, cell: "D5" }];
    const result = consolidate([inputOf("a.xlsx", 1, a)], { template, roster, validate: audit });
    expect(account(result, "a.xlsx").findings.map((f) => [f.source, f.cell])).toEqual([["validate", "D5"]]);
  });

  it("converts a figure the unit gave in another unit of measure, and records it", () => {
    const a = unitForm(template, { funds: 25000 }, { unit: "城关镇", units: { funds: "元" } });
    const result = consolidate([inputOf("a.xlsx", 1, a)], { template, roster });
    expect(total(result, "funds")).toBe(2.5);
    const value = account(result, "a.xlsx").values.find((v) => v.key === "funds")!;
    expect(value).toMatchObject({ status: "accepted", value: 2.5, converted: { from: "元", to: "万元", original: 25000 } });
    expect(problemText(value.notes[0])).toBe("本表计量单位为“元”，按 25000元 = 2.5万元 计");
  });

  it("converts by a table-wide unit stated above the table", () => {
    const a = unitForm(template, { funds: 30000 }, { unit: "城关镇", tableUnit: "元", units: { funds: "" } });
    expect(total(consolidate([inputOf("a.xlsx", 1, a)], { template, roster }), "funds")).toBe(3);
  });

  it("rejects text with the reason and the cell, never reading it as 0", () => {
    const a = unitForm(template, { total: "不详", big: "xx", small: 5 }, { unit: "城关镇" });
    const result = consolidate([inputOf("a.xlsx", 1, a)], { template, roster });
    const input = account(result, "a.xlsx");
    expect(input).toMatchObject({ valuesRead: 3, valuesAccepted: 1, valuesRejected: 2 });
    expect(total(result, "total")).toBeUndefined();
    const rejected = input.values.filter((v) => v.status === "rejected");
    expect(rejected.map((v) => v.reason?.code)).toEqual(["parse.invalid.not-a-number", "parse.placeholder"]);
    const finding = result.findings.find((f) => f.code === "consolidate.finding.value-rejected" && f.indicator === "企业总数");
    expect(finding).toMatchObject({ severity: "error", unit: "城关镇", file: "a.xlsx", cell: rejected[0].cell });
    expect(finding && problemText(finding)).toContain("“不详”不是数字");
  });

  it("rejects a figure in a unit that cannot be converted", () => {
    const a = unitForm(template, { funds: 5 }, { unit: "城关镇", units: { funds: "吨" } });
    const value = account(consolidate([inputOf("a.xlsx", 1, a)], { template, roster }), "a.xlsx").values.find((v) => v.key === "funds")!;
    expect(value.status).toBe("rejected");
    expect(value.reason && problemText(value.reason)).toContain("本表为“吨”，表式为“万元”");
  });

  it("takes a plain count in another count word as written, and asks to verify", () => {
    const a = unitForm(template, { total: 7 }, { unit: "城关镇", units: { total: "个" } });
    const result = consolidate([inputOf("a.xlsx", 1, a)], { template, roster });
    expect(total(result, "total")).toBe(7);
    expect(result.findings.find((f) => f.code === "consolidate.finding.unit-taken-as-is")?.severity).toBe("verify");
  });

  it("counts blanks apart: not reported, neither accepted nor rejected", () => {
    const a = unitForm(template, { total: 5 }, { unit: "城关镇" });
    const input = account(consolidate([inputOf("a.xlsx", 1, a)], { template, roster }), "a.xlsx");
    expect(input).toMatchObject({ valuesRead: 1, valuesAccepted: 1, valuesRejected: 0, valuesBlank: 5 });
  });

  it("reports a label the template does not know, with its figure rejected", () => {
    const a = unitForm(template, { total: 5 }, { unit: "城关镇", extra: [["新增企业", 7]] });
    const result = consolidate([inputOf("a.xlsx", 1, a)], { template, roster });
    const value = account(result, "a.xlsx").values.find((v) => v.label === "新增企业");
    expect(value).toMatchObject({ status: "rejected", raw: "7" });
    expect(value?.key).toBeUndefined();
    expect(value?.reason && problemText(value.reason)).toContain("表式中没有“新增企业”");
    expect(result.findings.some((f) => f.code === "consolidate.finding.unmatched-label" && f.indicator === "新增企业")).toBe(true);
  });

  it("reports indicators the unit's form lacks", () => {
    const short: IndicatorTemplate = { ...template, sections: [template.sections[0]] };
    const a = unitForm(short, { total: 5 }, { unit: "城关镇" });
    const result = consolidate([inputOf("a.xlsx", 1, a)], { template, roster });
    expect(account(result, "a.xlsx").missing).toEqual(["funds"]);
    const missing = result.findings.find((f) => f.code === "consolidate.finding.missing-indicators");
    expect(missing && problemText(missing)).toContain("应急资金");
  });

  it("takes the maximum with the unit that holds it, and keeps text per unit", () => {
    const mixed: IndicatorTemplate = {
      ...template,
      sections: [
        {
          indicators: [
            countIndicator("reads", "阅读量", { unit: "人次" }),
            countIndicator("maxReads", "最高阅读量", { unit: "人次", aggregate: "max" }),
            countIndicator("lowest", "最低到岗", { unit: "人", aggregate: "min" }),
            { key: "note", label: "主要做法", kind: "text", aggregate: "keep-per-unit" },
          ],
        },
      ],
    };
    const a = unitForm(mixed, { reads: 100, maxReads: 80, lowest: 3, note: "=入户宣传" }, { unit: "城关镇" });
    const b = unitForm(mixed, { reads: 50, maxReads: 90, lowest: 5, note: "广播" }, { unit: "东城街道" });
    const result = consolidate([inputOf("a.xlsx", 1, a), inputOf("b.xlsx", 2, b)], { template: mixed, roster });
    expect(result.totals.find((t) => t.key === "maxReads")).toMatchObject({ value: 90, heldBy: "东城街道" });
    expect(result.totals.find((t) => t.key === "lowest")).toMatchObject({ value: 3, heldBy: "城关镇" });
    expect(result.totals.find((t) => t.key === "note")?.perUnit).toEqual([
      { unit: "城关镇", text: "=入户宣传" },
      { unit: "东城街道", text: "广播" },
    ]);
  });
});

describe("consolidate: units", () => {
  it("finds the unit by 填报单位 through the roster's aliases and normalised names", () => {
    const a = unitForm(template, { total: 1 }, { unit: "城关镇人民政府" });
    const b = unitForm(template, { total: 1 }, { unit: "东城" });
    const result = consolidate([inputOf("1.xlsx", 1, a), inputOf("2.xlsx", 2, b)], { template, roster });
    expect(result.inputs.map((i) => [i.unit, i.unitHow])).toEqual([
      ["城关镇", "normalized"],
      ["东城街道", "alias"],
    ]);
    expect(result.missing.map((u) => u.name)).toEqual(["西城街道"]);
  });

  it("falls back to the file name when the form names no unit", () => {
    const a = unitForm(template, { total: 1 });
    const result = consolidate([inputOf("东城街道-测试统计表-2月20日.xlsx", 1, a)], { template, roster });
    expect(result.inputs[0]).toMatchObject({ unit: "东城街道", unitSource: "file-name", unitHow: "exact" });
    expect(problemText(result.findings[0])).toContain("按文件名");
  });

  it("keeps the later 报出日期 of a unit's two files, whatever their order, and names both", () => {
    const early = unitForm(template, { total: 1 }, { unit: "城关镇", reportDate: "2023年2月21日" });
    const late = unitForm(template, { total: 2 }, { unit: "城关镇", reportDate: new Date(Date.UTC(2023, 1, 22)) });
    const result = consolidate([inputOf("晚.xlsx", 1, late), inputOf("早.xlsx", 2, early)], { template, roster });
    expect(total(result, "total")).toBe(2);
    expect(result.duplicates).toEqual([{ unit: "城关镇", kept: "晚.xlsx", dropped: ["早.xlsx"], rule: "report-date" }]);
    const dropped = account(result, "早.xlsx");
    expect(dropped).toMatchObject({ status: "rejected", valuesAccepted: 0, valuesRejected: 1 });
    expect(dropped.reason && problemText(dropped.reason)).toContain("“城关镇”另报送了“晚.xlsx”（报出日期较晚）");
    expect(dropped.values[0].reason && problemText(dropped.values[0].reason)).toContain("所在文件未采用");
  });

  it("keeps the later file when the 报出日期 do not tell", () => {
    const first = unitForm(template, { total: 1 }, { unit: "城关镇" });
    const second = unitForm(template, { total: 2 }, { unit: "城关镇人民政府", reportDate: "2023-02-21" });
    const result = consolidate([inputOf("second.xlsx", 9, second), inputOf("first.xlsx", 3, first)], { template, roster });
    expect(result.duplicates).toEqual([{ unit: "城关镇", kept: "second.xlsx", dropped: ["first.xlsx"], rule: "order" }]);
    expect(result.units).toHaveLength(1);
  });

  it("tells a zero report from a missing report", () => {
    const zero = unitForm(template, { total: 0, big: 0, small: 0, resumed: "0", funds: 0 }, { unit: "城关镇" });
    const blank = unitForm(template, {}, { unit: "东城街道" });
    const result = consolidate([inputOf("a.xlsx", 1, zero), inputOf("b.xlsx", 2, blank)], { template, roster });
    expect(result.zeroReports).toEqual(["城关镇"]);
    expect(result.missing.map((u) => u.name)).toEqual(["西城街道"]);
    expect(result.units.map((u) => u.name)).toEqual(["城关镇", "东城街道"]);
    expect(result.findings.some((f) => f.code === "consolidate.finding.nothing-reported" && f.unit === "东城街道")).toBe(true);
  });

  it("counts a unit outside the roster and flags it, or leaves it out when asked", () => {
    const a = unitForm(template, { total: 4 }, { unit: "新区管委会" });
    const included = consolidate([inputOf("a.xlsx", 1, a)], { template, roster });
    expect(included.outsideRoster).toEqual(["新区管委会"]);
    expect(total(included, "total")).toBe(4);
    expect(included.findings[0]).toMatchObject({ severity: "verify", code: "consolidate.finding.unit-outside-roster" });
    const excluded = consolidate([inputOf("a.xlsx", 1, a)], { template, roster, outsideRoster: "exclude" });
    expect(excluded.units).toEqual([]);
    expect(excluded.inputs[0]).toMatchObject({ status: "rejected", valuesRejected: 1 });
  });

  it("works without a roster, telling units apart by their normalised names", () => {
    const a = unitForm(template, { total: 1 }, { unit: "城关镇人民政府" });
    const b = unitForm(template, { total: 2 }, { unit: "城关镇" });
    const result = consolidate([inputOf("a.xlsx", 1, a), inputOf("b.xlsx", 2, b)], { template });
    expect(result.units.map((u) => u.name)).toEqual(["城关镇"]);
    expect(result.missing).toEqual([]);
    expect(result.hasRoster).toBe(false);
  });

  it("takes the 报告期 most units state and flags the others", () => {
    const sheets = [
      unitForm(template, { total: 1 }, { unit: "城关镇", period: "2月20日24时" }),
      unitForm(template, { total: 1 }, { unit: "东城街道", period: "2月20日24时" }),
      unitForm(template, { total: 1 }, { unit: "西城街道", period: "2月19日24时" }),
    ];
    const result = consolidate(sheets.map((s, i) => inputOf(`${i}.xlsx`, i, s)), { template, roster });
    expect(result.period).toBe("2月20日24时");
    expect(result.findings.filter((f) => f.code === "consolidate.finding.period-differs").map((f) => f.unit)).toEqual(["西城街道"]);
  });
});

describe("consolidate: files", () => {
  it("rejects a file that could not be read, with the reader's reason", () => {
    const result = consolidate([{ fileName: "旧.xls", error: { code: "legacy-xls", message: "是旧版 Excel 97-2003 格式" } }], { template, roster });
    expect(result.inputs[0]).toMatchObject({ file: "旧.xls", status: "rejected" });
    expect(result.inputs[0].reason && problemText(result.inputs[0].reason)).toBe("文件“旧.xls”无法读取：是旧版 Excel 97-2003 格式");
    expect(result.findings[0]).toMatchObject({ severity: "error", file: "旧.xls" });
  });

  it("rejects a file of another template, naming it", () => {
    const publicity = findBuiltinTemplate("publicity") as IndicatorTemplate;
    const other = unitForm(publicity, { banners: 3 }, { unit: "城关镇", sheetName: "宣传工作统计表" });
    const result = consolidate([inputOf("宣传.xlsx", 1, other)], { template, roster });
    // The sheet is named after its own form: it is not said to be itself (工作表“宣传工作统计表”是“宣传工作统计表”).
    expect(result.inputs[0].reason && problemText(result.inputs[0].reason)).toBe("文件“宣传.xlsx”的工作表“宣传工作统计表”属于另一表式，不是本次汇总的“测试统计表”，未采用");
  });

  it("uses the sheet bound to the template when a workbook has several", () => {
    const { sheet, binding } = addInForm(template, { unit: "城关镇" }, { total: "8" });
    const decoy = unitForm(template, { total: 100 }, { unit: "城关镇", sheetName: "旧表" });
    const result = consolidate([inputOf("a.xlsx", 1, [decoy, sheet], [binding])], { template, roster });
    expect(total(result, "total")).toBe(8);
    expect(result.inputs[0].template).toMatchObject({ how: "binding", confidence: 1 });
  });

  it("carries the audit rules' findings into the result", () => {
    const a = unitForm(template, { total: 5, resumed: 9 }, { unit: "城关镇" });
    const result = consolidate([inputOf("a.xlsx", 1, a)], {
      template,
      roster,
      validate: (t, report, file) => [
        { severity: "error", code: "validate.expression", params: { label: "已复工", message: `${file}:${report.indicators.resumed.value.address}` }, cell: report.indicators.resumed.value.address },
      ],
    });
    const finding = result.findings.find((f) => f.source === "validate");
    expect(finding).toMatchObject({ unit: "城关镇", file: "a.xlsx", severity: "error" });
    expect(finding && problemText(finding)).toBe(`a.xlsx:${finding?.cell}`);
  });

  it("reports progress and stops when aborted", () => {
    const a = unitForm(template, { total: 5 }, { unit: "城关镇" });
    const seen: string[] = [];
    consolidate([inputOf("a.xlsx", 1, a), inputOf("b.xlsx", 2, a)], { template, onProgress: (done, all, file) => seen.push(`${done}/${all} ${file}`) });
    expect(seen).toEqual(["1/2 a.xlsx", "2/2 b.xlsx"]);
    const controller = new AbortController();
    controller.abort();
    expect(() => consolidate([inputOf("a.xlsx", 1, a)], { template, signal: controller.signal })).toThrow();
  });
});

describe("consolidate: ledgers", () => {
  const ledger = smallLedgerTemplate();

  it("stacks the units' rows with their source unit and counts them by status", () => {
    const a = addInForm(ledger, { unit: "教育局" }, {}, [
      { problem: "制度不健全", status: "已完成", doneDate: "2023-03-01" },
      { problem: "台账不规范", status: "持续推进" },
    ]);
    const b = addInForm(ledger, { unit: "卫健局" }, {}, [{ problem: "=HYPERLINK(\"x\")", status: "进行中" }]);
    const result = consolidate([inputOf("a.xlsx", 1, a.sheet, [a.binding]), inputOf("b.xlsx", 2, b.sheet, [b.binding])], { template: ledger });
    // Units in pinyin order: 教育局 (jiao) before 卫健局 (wei); each unit's rows in its own order.
    expect(stackedRows(result.ledger!).map((r) => [r.unit, r.cells.problem.value])).toEqual([
      ["教育局", "制度不健全"],
      ["教育局", "台账不规范"],
      ["卫健局", "=HYPERLINK(\"x\")"],
    ]);
    expect(result.ledger).toMatchObject({ statusCounts: { 已完成: 1, 持续推进: 1, 未启动: 0 }, unknownStatus: 1, done: 1 });
    expect(stackedRows(result.ledger!)[2].cells.status).toEqual({ value: "进行中", accepted: false });
    expect(account(result, "b.xlsx").valuesRejected).toBe(1);
  });

  it("totals numeric columns, except those that only number the rows", () => {
    const numbered = smallLedgerTemplate({
      columns: [
        { key: "no", label: "问题序号", kind: "integer", aggregate: "none" },
        ...smallLedgerTemplate().columns,
        { key: "rules", label: "建立完善制度", kind: "integer" },
      ],
    });
    const a = addInForm(numbered, { unit: "教育局" }, {}, [
      { no: "1", problem: "制度不健全", status: "持续推进", rules: "2" },
      { no: "2", problem: "台账不规范", status: "未启动", rules: "3" },
    ]);
    const result = consolidate([inputOf("a.xlsx", 1, a.sheet, [a.binding])], { template: numbered });
    expect(result.ledger?.columnTotals).toEqual({ rules: 5 });
    expect(toJson(result).totals).toMatchObject({ 建立完善制度: 5 });
    expect(toJson(result).totals).not.toHaveProperty("问题序号");
  });

  it("counts a ledger with no rows as a zero report", () => {
    const a = addInForm(ledger, { unit: "教育局" }, {}, []);
    const result = consolidate([inputOf("a.xlsx", 1, a.sheet, [a.binding])], { template: ledger as LedgerTemplate });
    expect(result.zeroReports).toEqual(["教育局"]);
  });
});
