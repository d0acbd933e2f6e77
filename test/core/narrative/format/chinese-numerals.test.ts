import { formatChineseCount, formatChineseOrdinal, ordinalLead } from "../../../../src/core/narrative/format";

describe("formatChineseCount", () => {
  it.each([
    [0, "零"],
    [1, "一"],
    [3, "三"],
    [10, "十"],
    [11, "十一"],
    [12, "十二"],
    [20, "二十"],
    [99, "九十九"],
    [100, "一百"],
    [101, "一百零一"],
    [110, "一百一十"],
    [1010, "一千零一十"],
    [1001, "一千零一"],
    [10_005, "一万零五"],
    [100_010, "十万零一十"],
    [120_000, "十二万"],
    [100_000_005, "一亿零五"],
    [2_000_000_000, "二十亿"],
  ])("writes %d as %s", (n, text) => {
    expect(formatChineseCount(n)).toBe(text);
  });

  it("writes 2 before a measure word as 两: 两方面", () => {
    expect(`${formatChineseCount(2)}方面`).toBe("两方面");
    expect(formatChineseCount(12)).toBe("十二");
  });

  it("writes category counts in numerals beside Arabic item counts: 三方面17项43个问题", () => {
    expect(`${formatChineseCount(3)}方面17项43个问题`).toBe("三方面17项43个问题");
  });

  describe("edge cases", () => {
    it("throws on a negative or fractional count", () => {
      expect(() => formatChineseCount(-1)).toThrow(RangeError);
      expect(() => formatChineseCount(1.5)).toThrow(/中文数字/);
    });
  });
});

describe("formatChineseOrdinal", () => {
  it("writes ordinals with 第 and 二, never 两: 第二轮", () => {
    expect(`${formatChineseOrdinal(2)}轮`).toBe("第二轮");
    expect(formatChineseOrdinal(1)).toBe("第一");
    expect(formatChineseOrdinal(15)).toBe("第十五");
  });

  it("throws on an ordinal below 1", () => {
    expect(() => formatChineseOrdinal(0)).toThrow(/序数/);
  });
});

describe("ordinalLead", () => {
  it("leads the groups of 一是…；二是… from 1", () => {
    expect([1, 2, 3, 10, 11].map(ordinalLead)).toEqual(["一是", "二是", "三是", "十是", "十一是"]);
  });

  it("throws on 0, as groups are counted from 1", () => {
    expect(() => ordinalLead(0)).toThrow(RangeError);
  });
});
