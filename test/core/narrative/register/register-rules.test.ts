import { readReportPeriod } from "../../../../src/core/narrative/generate/report-period";
import { numberStyleFor, partName, periodRelation, rankUnits, totalLead, endsWithLead, REPORT_NUMBER_STYLE } from "../../../../src/core/narrative/register";

describe("partName: a part without its total's word", () => {
  it.each([
    ["镇街摸排", { label: "摸排人员" }, "镇街"],
    ["直属单位摸排", { label: "摸排人员" }, "直属单位"],
    ["医疗机构发现", { label: "发热人员", verb: "发现" }, "医疗机构"],
    ["党员志愿者", { label: "志愿者" }, "党员"],
    ["中央级", { label: "媒体稿件" }, "中央级"],
    ["先期拨付", { label: "应急资金" }, "先期拨付"],
    ["科级及以上干部", { label: "党纪政务处分" }, "科级及以上干部"],
  ])("%s under %j is %s", (label, total, name) => {
    expect(partName(label, total)).toBe(name);
  });

  describe("edge cases", () => {
    it("keeps a name that would be left with fewer than two characters", () => {
      expect(partName("党志愿者", { label: "志愿者" })).toBe("党志愿者");
      expect(partName("摸排", { label: "摸排人员" })).toBe("摸排");
    });
  });
});

describe("rankUnits: a ranking only of units with figures, in an order no tie decides", () => {
  const figures = (...values: number[]) => values.map((value, i) => ({ unit: "甲乙丙丁戊"[i]!, value }));
  it.each([
    [figures(5, 9, 7, 1), 3, ["乙", "丙", "甲"]],
    [figures(5, 9), 3, undefined],
    [figures(5, 9, 0), 3, undefined],
    [figures(5, 9, 7, 4), 3, ["乙", "丙", "甲"]],
    [figures(5, 9, 5, 1), 3, undefined],
    [figures(7, 9, 5, 5), 3, undefined],
    [figures(9, 9, 5, 1), 3, undefined],
    [figures(9, 3), 1, ["甲"]],
  ])("%j, top %d: %j", (units, n, expected) => {
    expect(rankUnits(units, n)?.map((u) => u.unit)).toEqual(expected);
  });
});

describe("totalLead: 累计 or 共 before a chain's first total", () => {
  it.each([
    [{ kind: "integer", cumulative: true }, "设置", "户外广告牌", "累计"],
    [{ kind: "integer" }, "开展", "中心组学习", "共"],
    [{ kind: "integer" }, "", "粉丝", ""],
    [{ kind: "percent" }, "", "采用率", ""],
    [{ kind: "integer", cumulative: true }, "累计", "核酸检测", ""],
  ] as const)("%j %s%s: %s", (field, verb, name, lead) => {
    expect(totalLead(field, verb, name)).toBe(lead);
  });

  it("knows words that already introduce a total", () => {
    expect(endsWithLead("全县共")).toBe(true);
    expect(endsWithLead("全县累计")).toBe(true);
    expect(endsWithLead("全县")).toBe(false);
  });
});

describe("numberStyleFor: the report's style, then the template's, then the indicator's", () => {
  it("layers the styles", () => {
    expect(numberStyleFor({})).toEqual(REPORT_NUMBER_STYLE);
    expect(numberStyleFor({}, { narrative: { numberStyle: { decimals: 2 } } })).toEqual({ ...REPORT_NUMBER_STYLE, decimals: 2 });
    expect(numberStyleFor({ narrative: { numberStyle: { roundedDown: "多" } } }, { narrative: { numberStyle: { decimals: 2 } } })).toEqual({ exactBelow: 100_000, decimals: 2, roundedDown: "多" });
  });
});

describe("periodRelation: the previous report's period decides 同比, 环比 or 比上期", () => {
  it.each([
    ["2023年上半年", "2022年上半年", "year-on-year"],
    ["2023年上半年", "2022年下半年", "period-on-period"],
    ["2023年下半年", "2023年上半年", "period-on-period"],
    ["2023年第一季度", "2022年一季度", "year-on-year"],
    ["2023年1季度", "2022年第四季度", "period-on-period"],
    ["2023年2月", "2023年1月", "period-on-period"],
    ["2023年1月", "2022年12月", "period-on-period"],
    ["2023年2月", "2022年2月", "year-on-year"],
    ["2023年2月中旬", "2023年2月上旬", "period-on-period"],
    ["2023年1-6月", "2022年1—6月", "year-on-year"],
    ["2023年", "2022年度", "year-on-year"],
    ["截至2023年2月20日24时", "2023年2月19日24时", "period-on-period"],
    ["2023年2月20日", "2022-02-20", "year-on-year"],
    ["2023年3月1日", "2023年2月28日", "period-on-period"],
    ["2023年上半年", "2022年", "earlier"],
    ["2023年2月20日", "2023年2月13日", "earlier"],
    ["2023年上半年", undefined, "earlier"],
    ["本期", "上期", "earlier"],
  ])("%s against %s: %s", (current, previous, relation) => {
    expect(periodRelation(current, previous)).toBe(relation);
  });

  it("reads the ways a period is written", () => {
    expect(readReportPeriod("２０２３年第三季度")).toEqual({ kind: "quarter", year: 2023, index: 3 });
    expect(readReportPeriod("2023年12月下旬")).toEqual({ kind: "xun", year: 2023, index: 36 });
    expect(readReportPeriod("2023年1至6月")).toEqual({ kind: "months", year: 2023, index: 1, last: 6 });
    expect(readReportPeriod("截止2023年2月20日24时")).toEqual({ kind: "day", year: 2023, index: 51 });
    expect(readReportPeriod("上半年")).toBeUndefined();
  });
});
