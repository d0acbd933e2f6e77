import { extractReport, normalizeLabel } from "../../../src/core/extract";
import { emptyFormState, formToCells } from "../../../src/core/form";
import { planSheet } from "../../../src/core/layout";
import type { IndicatorTemplate } from "../../../src/core/template/types";
import { sheetFromPlan, sheetOf } from "../../_support/sheet-factory";
import { countIndicator, smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";

describe("normalizeLabel", () => {
  it.each([
    ["医用口罩", "医用口罩", undefined],
    ["  医用 口罩 ", "医用口罩", undefined],
    ["其中：医用口罩", "医用口罩", undefined],
    ["（一）其中：医用口罩（万只）", "医用口罩", "万只"],
    ["1. 金额（万元）", "金额", "万元"],
    ["一、消杀类", "消杀类", undefined],
    ["①喷雾器", "喷雾器", undefined],
    ["84消毒液(吨)", "84消毒液", "吨"],
    ["ＡＢＣ指标：", "abc指标", undefined],
  ])("reads %s as %s", (raw, key, unit) => {
    const result = normalizeLabel(raw);
    expect(result.key).toBe(key);
    expect(result.unit).toBe(unit);
  });

  it("keeps a bracket that is not a unit", () => {
    expect(normalizeLabel("倡议书（一封信）").key).toBe("倡议书(一封信)");
  });
});

describe("extractReport on the add-in's own layout", () => {
  it("finds every value the form wrote, at its cell, with the header block", () => {
    const template = smallIndicatorTemplate();
    const plan = planSheet(template);
    const form = { ...emptyFormState(template.id), header: { unit: "城关镇", preparer: "张三" }, values: { total: "92", big: "3", small: "89", funds: "12.5" } };
    const report = extractReport(template, sheetFromPlan(plan, formToCells(template, plan.anchors, form)));
    expect(report.headFound).toBe(true);
    expect(report.header.unit?.text).toBe("城关镇");
    expect(report.header.preparer?.text).toBe("张三");
    expect(report.indicators.total.value.value).toBe(92);
    expect(report.indicators.big.value.address).toBe(`D${plan.anchors.indicators!.big.row + 1}`);
    expect(report.indicators.funds.unitOnSheet).toBe("万元");
    expect(report.unmatched).toEqual([]);
    expect(report.missing).toEqual([]);
  });

  it("reads ledger rows and skips blank laid-out rows", () => {
    const template = smallLedgerTemplate();
    const plan = planSheet(template);
    const form = { ...emptyFormState(template.id), header: { unit: "教育局" }, rows: [{ problem: "制度不健全", status: "已完成" }, { problem: "台账不规范", status: "持续推进" }] };
    const report = extractReport(template, sheetFromPlan(plan, formToCells(template, plan.anchors, form)));
    expect(report.header.unit?.text).toBe("教育局");
    expect(report.rows.map((r) => r.cells.problem.text)).toEqual(["制度不健全", "台账不规范"]);
    expect(report.rows[1].cells.status.address).toBe(`D${plan.anchors.ledger!.firstRow + 2}`);
  });
});

describe("extractReport on a unit's own form", () => {
  const template = smallIndicatorTemplate();

  it("matches labels written differently and in another order, with the unit in the label", () => {
    const sheet = sheetOf([
      ["测试统计表"],
      ["填报单位：城关镇人民政府", null, "截止时间：2023年2月20日24时"],
      ["序 号", "项  目", "本期数", "备注"],
      [1, "（一）应急资金（万元）", 12.5, null],
      [2, "企业总数", 92, null],
      [3, "其中：规上企业", 3, null],
      [4, "规下企业", 89, null],
      [5, "已复工", 80, null],
      [6, "新增指标", 7, null],
      ["填表人：", "李四"],
    ]);
    const report = extractReport(template, sheet);
    expect(report.header.unit?.text).toBe("城关镇人民政府");
    expect(report.header.period?.text).toBe("2023年2月20日24时");
    expect(report.header.preparer?.text).toBe("李四");
    expect(report.indicators.funds).toMatchObject({ unitOnSheet: "万元", value: { value: 12.5, address: "C4" } });
    expect(report.indicators.small.value.value).toBe(89);
    expect(report.unmatched).toEqual([{ row: 8, address: "B9", label: "新增指标" }]);
    expect(report.missing).toEqual(["rate"]);
  });

  it("tells repeated labels apart by their section", () => {
    const byClass: IndicatorTemplate = {
      ...smallIndicatorTemplate(),
      sections: [
        { title: "规上工业", indicators: [countIndicator("industryTotal", "企业总数"), countIndicator("industryResumed", "已复工")] },
        { title: "限上商贸", indicators: [countIndicator("tradeTotal", "企业总数"), countIndicator("tradeResumed", "已复工")] },
      ],
    };
    const sheet = sheetOf([
      ["序号", "指标名称", "计量单位", "数值"],
      ["一、规上工业"],
      [1, "企业总数", "家", 40],
      [2, "已复工", "家", 38],
      ["二、限上商贸"],
      [3, "企业总数", "家", 25],
      [4, "已复工", "家", 20],
    ]);
    const report = extractReport(byClass, sheet);
    expect(report.indicators.industryTotal.value.value).toBe(40);
    expect(report.indicators.tradeTotal.value.value).toBe(25);
    expect(report.indicators.tradeResumed.value.address).toBe("D7");
    expect(report.indicators.tradeTotal.unitOnSheet).toBe("家");
  });

  it("takes the value under a head spanning two rows through merged cells", () => {
    const sheet = sheetOf(
      [
        ["序号", "指标名称", "计量单位", "数值", "备注"],
        [null, null, null, "本期", null],
        [1, "企业总数", "家", 92, null],
      ],
      { merges: [{ top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 4, bottom: 1, right: 4 }] },
    );
    const report = extractReport(template, sheet);
    expect(report.indicators.total.value.address).toBe("D3");
  });

  it("refuses to choose between two columns the form's one value column could be (本期 and 累计), and keeps both values with the reason", () => {
    const sheet = sheetOf(
      [
        ["序号", "指标名称", "计量单位", "数值", null],
        [null, null, null, "本期", "累计"],
        [1, "企业总数", "家", 92, 100],
      ],
      { merges: [{ top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 3, bottom: 0, right: 4 }] },
    );
    const report = extractReport(template, sheet);
    expect(report.indicators.total).toBeUndefined();
    expect(report.unplaced?.map((u) => [u.address, u.reason.code])).toEqual([
      ["D3", "extract.ambiguous-column"],
      ["E3", "extract.ambiguous-column"],
    ]);
    expect(report.problems?.map((p) => p.code)).toContain("extract.ambiguous-column");
  });
});

describe("edge cases", () => {
  it("reads a sheet with no head by the column where labels match", () => {
    const report = extractReport(smallIndicatorTemplate(), sheetOf([["企业总数", 92], ["已复工", 80], ["应急资金", 3]]));
    expect(report.headFound).toBe(true);
    expect(report.indicators.resumed.value.value).toBe(80);
  });

  it("gives nothing, and says so, for a sheet that is not the form", () => {
    const report = extractReport(smallIndicatorTemplate(), sheetOf([["姓名", "年龄"], ["张三", 30]]));
    expect(report.headFound).toBe(false);
    expect(Object.keys(report.indicators)).toEqual([]);
    expect(report.missing.length).toBe(6);
  });

  it("reads an empty sheet without failing", () => {
    expect(extractReport(smallLedgerTemplate(), sheetOf([])).rows).toEqual([]);
  });

  it("reads a ledger whose heads are merged down past the sheet's last row as one with no entries", () => {
    // Found by the validation fuzz: the rows below the heads were counted as a negative number.
    const sheet = sheetOf([["测试整改台账"], ["问题表述", "整改时限", "整改状态", "完成日期"], ["填表人：", "张三"]], { merges: [{ top: 1, left: 0, bottom: 3, right: 0 }] });
    const report = extractReport(smallLedgerTemplate(), sheet);
    expect(report.headFound).toBe(true);
    expect(report.entries?.rows).toEqual([]);
    expect(report.rows).toEqual([]);
  });

  it("stops a ledger at the signature line and skips 合计 rows", () => {
    const sheet = sheetOf([
      ["序号", "问题表述", "整改状态", "完成日期"],
      [1, "甲", "已完成", null],
      ["合计", null, null, null],
      ["填表人：王五"],
      [null, "乙", "未启动", null],
    ]);
    const report = extractReport(smallLedgerTemplate(), sheet);
    expect(report.rows.map((r) => r.cells.problem.text)).toEqual(["甲"]);
    expect(report.header.preparer?.text).toBe("王五");
    expect(report.missing).toEqual(["deadline"]);
  });
});
