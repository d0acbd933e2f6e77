import { consolidate, toJson } from "../../../src/core/consolidate";
import { extractReport } from "../../../src/core/extract";
import { problemText } from "../../../src/core/locale";
import type { CellRange, CellValue } from "../../../src/core/sheet";
import { findBuiltinTemplate, LEGACY_TEMPLATES } from "../../../src/core/template";
import type { IndicatorTemplate } from "../../../src/core/template/types";
import { inputOf } from "../../_support/consolidate-factory";
import { sheetOf } from "../../_support/sheet-factory";

/**
 * A table read by its two axes: the 主栏 label of a row and the head of a column (with the group head
 * above it), both matched by their words, never by where they are.
 */

const resumption = findBuiltinTemplate("resumption") as IndicatorTemplate;
const supplies = findBuiltinTemplate("supplies") as IndicatorTemplate;

/** 复工复产 as offices draw it: categories as rows, 企业复工情况 and 人员返岗情况 each over three columns. */
function resumptionGrid(rows: CellValue[][], heads: { first?: CellValue[]; second?: CellValue[] } = {}): { rows: CellValue[][]; merges: CellRange[] } {
  const first = heads.first ?? ["企业类别", "企业复工情况", null, null, "人员返岗情况", null, null, "备注"];
  const second = heads.second ?? [null, "企业总数（家）", "已复工（家）", "复工率（%）", "员工总数（人）", "已返岗（人）", "人员复工率（%）", null];
  return {
    rows: [["复工复产统计表"], ["填报单位：城关镇", null, null, "截至时间：2023年2月20日24时"], first, second, ...rows],
    merges: [
      { top: 2, left: 0, bottom: 3, right: 0 },
      { top: 2, left: 1, bottom: 2, right: 3 },
      { top: 2, left: 4, bottom: 2, right: 6 },
      { top: 2, left: 7, bottom: 3, right: 7 },
    ],
  };
}

describe("a grid of categories × measures under a two-row merged head", () => {
  it("reads each cell by its row's label and its column's head, units in the head", () => {
    const { rows, merges } = resumptionGrid([
      ["合计", 60, 50, null, 900, 800, null],
      ["规模以上工业", 40, 38, 95, 600, 570, 95],
      ["限上商贸", 20, 12, 60, 300, 230, 76.7],
    ]);
    const report = extractReport(resumption, sheetOf(rows, { merges }));
    expect(report.problems).toEqual([]);
    expect(report.indicators["industry.total"].value).toMatchObject({ address: "B6", value: 40 });
    expect(report.indicators["trade.staffReturned"].value).toMatchObject({ address: "F7", value: 230 });
    expect(report.indicators["all.total"].value.value).toBe(60);
    expect(report.indicators["industry.total"].unitOnSheet).toBe("家");
    expect(report.missingRows).toEqual(["services", "construction", "selfEmployed"]);
  });

  it("reads columns drawn in another order, and a row written by another name (建筑业 for 建筑项目)", () => {
    const { rows, merges } = resumptionGrid([["建筑业", 7, 6, 5, 8, 9, 10]], {
      first: ["企业类别", "人员返岗情况", null, null, "企业复工情况", null, null, "备注"],
      second: [null, "员工总数", "已返岗", "人员复工率", "企业总数", "已复工", "复工率", null],
    });
    const report = extractReport(resumption, sheetOf(rows, { merges }));
    expect(report.indicators["construction.staff"].value.value).toBe(7);
    expect(report.indicators["construction.total"].value.value).toBe(8);
    expect(report.indicators["construction.resumed"].value.value).toBe(9);
  });

  it("does not take a figure from a column the form does not have, and says which", () => {
    const { rows, merges } = resumptionGrid([["规上工业", 40, 38, 95, 600, 570, 95, "新开工 3"]], {
      first: ["企业类别", "企业复工情况", null, null, "人员返岗情况", null, null, "新开工企业"],
    });
    const report = extractReport(resumption, sheetOf(rows, { merges }));
    expect(report.unplaced?.map((u) => [u.address, u.reason.code])).toEqual([["H5", "extract.unknown-column"]]);
  });
});

describe("an indicator list with 本期 | 累计 | 上年同期, as an office's own supplies form has it", () => {
  const sheet = sheetOf([
    ["防疫物资保障统计表"],
    ["填报单位（盖章）：城关镇"],
    ["序号", "指标名称", "计量单位", "本期数", "累计数", "上年同期", "备注"],
    [1, "累计筹备物资金额", "万元", null, 120.5, 80, null],
    [2, "医用口罩", "万只", 1.2, 30, null, null],
  ]);

  it("reads each column by its head: a blank 本期 stays blank, it never takes the 累计 beside it", () => {
    const report = extractReport(supplies, sheet);
    expect(report.indicators["fundsPrepared.current"].value.value).toBeNull();
    expect(report.indicators["fundsPrepared.cumulative"].value.value).toBe(120.5);
    expect(report.indicators["masks.current"].value.value).toBe(1.2);
  });

  it("accounts for the 上年同期 figures, which the form has no column for, as not counted", () => {
    const result = consolidate([inputOf("城关镇.xlsx", 0, sheet)], { template: supplies, knownTemplates: [] });
    const rejected = result.inputs[0].values.filter((v) => v.status === "rejected");
    expect(rejected.map((v) => [v.cell, v.reason?.code])).toEqual([["F4", "extract.unknown-column"]]);
    expect(result.findings.find((f) => f.code === "extract.unknown-column")).toMatchObject({ severity: "verify", cell: "F3" });
    const totals = toJson(result).totals;
    expect(totals["累计筹备物资金额·累计"]).toBe(120.5);
    expect(totals["医用口罩·本期新增"]).toBe(1.2);
    expect(totals["累计筹备物资金额·本期新增"]).toBeUndefined();
  });
});

describe("repeated labels placed by their section heading, never by position", () => {
  // The one-column form of version 1: 企业总数 under each class heading.
  const byClass = LEGACY_TEMPLATES.find((t) => t.id === "resumption") as IndicatorTemplate;

  it("refuses the figures under a heading the form does not know, rather than book them under the next class", () => {
    const sheet = sheetOf([
      ["复工复产统计表"],
      ["填报单位：城关镇"],
      ["序号", "指标名称", "计量单位", "数值", "备注"],
      ["一、规上工业"],
      [1, "企业总数", "家", 40, null],
      [2, "已复工", "家", 38, null],
      ["二、限上商贸"],
      [3, "企业总数", "家", 20, null],
      ["三、建筑施工"],
      [4, "企业总数", "家", 4, null],
      [5, "已复工", "家", 4, null],
    ]);
    const result = consolidate([inputOf("城关镇.xlsx", 0, sheet)], { template: byClass, knownTemplates: [] });
    const totals = toJson(result).totals;
    expect(totals["规上工业·企业总数"]).toBe(40);
    expect(totals["限上商贸·企业总数"]).toBe(20);
    expect(totals["规上服务业·企业总数"]).toBeUndefined();
    expect(totals["建筑项目·企业总数"]).toBeUndefined();
    const refused = result.inputs[0].values.filter((v) => v.status === "rejected").map((v) => [v.cell, v.reason?.code]);
    expect(refused).toEqual([
      ["D10", "extract.ambiguous-label"],
      ["D11", "extract.ambiguous-label"],
    ]);
    expect(result.findings.filter((f) => f.code === "extract.ambiguous-label").map((f) => [f.severity, f.cell])).toEqual([
      ["error", "B10"],
      ["error", "B11"],
    ]);
  });

  it("tells 84消毒液 in 吨 from 84消毒液 in 瓶 by the unit the row states", () => {
    const sheet = sheetOf([
      ["序号", "指标名称", "计量单位", "本期新增", "累计"],
      [1, "84消毒液", "瓶", 5, 50],
      [2, "84消毒液", "吨", 1.5, 12],
    ]);
    const report = extractReport(supplies, sheet);
    expect(report.indicators["disinfectant84Bottles.cumulative"].value.value).toBe(50);
    expect(report.indicators["disinfectant84Tons.cumulative"].value.value).toBe(12);
  });
});

describe("edge cases", () => {
  // fuzz-validate, seed 1771239607: a head typed "NaN" was listed bare and read as the program's own NaN.
  it("quotes each of the sheet's other heads when a column of the form is missing, whatever the head says", () => {
    const sheet = sheetOf([
      ["序号", "指标名称", "计量单位", "NaN", "累计", "备注"],
      [1, "医用外科口罩", "万只", 3, 40],
    ]);
    const missing = extractReport(supplies, sheet).problems?.find((p) => p.code === "extract.missing-columns");
    expect(missing).toBeDefined();
    expect(problemText(missing!)).toBe("表中没有找到（或无法唯一确定）表式的“本期新增”栏；表中的其他栏目：“NaN”");
    expect(problemText(missing!, "en-US")).toMatch(/the sheet's other columns: "NaN"$/);
  });
});
