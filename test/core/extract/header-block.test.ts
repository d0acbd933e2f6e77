import fc from "fast-check";
import { headerFieldOf } from "../../../src/core/extract";

describe("headerFieldOf", () => {
  it("names the field a label starts with, the first in the form's order", () => {
    expect(headerFieldOf("填报单位：城关镇")).toBe("unit");
    expect(headerFieldOf("单位负责人：")).toBe("unitHead");
    expect(headerFieldOf("统计负责人")).toBe("statHead");
    expect(headerFieldOf("负责人")).toBe("unitHead");
    expect(headerFieldOf("统计时段")).toBe("period");
    expect(headerFieldOf("填报日期")).toBe("reportDate");
    expect(headerFieldOf("填报人")).toBe("preparer");
    expect(headerFieldOf("电话")).toBe("phone");
    expect(headerFieldOf("报出日期：2023-02-21")).toBe("reportDate");
    expect(headerFieldOf("单位")).toBeUndefined();
    expect(headerFieldOf("累计筹备物资金额")).toBeUndefined();
    expect(headerFieldOf("")).toBeUndefined();
  });

  it("agrees with the field patterns on any text", () => {
    const patterns: Array<[string, RegExp]> = [
      ["unit", /^(填报单位|报送单位|填表单位|报告单位|单位名称)/],
      ["period", /^(报告期|统计期|填报期|报告时间|截至时间|截止时间|截至日期|截止日期|统计时间|统计时段)/],
      ["unitHead", /^(单位负责人|负责人)/],
      ["statHead", /^(统计负责人|审核人)/],
      ["preparer", /^(填表人|填报人|制表人)/],
      ["phone", /^(联系电话|电话|联系方式)/],
      ["reportDate", /^(报出日期|填报日期|填表日期|报送日期)/],
    ];
    const pieces = fc.constantFrom("填", "报", "单位", "统计", "负责人", "日期", "时间", "电话", "人", "期", "：", "表", "出", "送", "审核", "x");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 5 }), (parts) => {
        const text = parts.join("");
        expect(headerFieldOf(text)).toBe(patterns.find(([, pattern]) => pattern.test(text))?.[0]);
      }),
      { numRuns: 3000 },
    );
  });
});
