import { formatMoney } from "../../../../src/core/narrative/format";

describe("formatMoney", () => {
  it.each([
    [930.95, "万元", "930.95万元"],
    [374.07, "万元", "374.07万元"],
    [930.9, "万元", "930.9万元"],
    [22_000, "万元", "2.2亿元"],
    [2.2, "亿元", "2.2亿元"],
    [5600, "元", "5600元"],
    [56_000, "元", "5.6万元"],
    [9_309_500, "元", "930.95万元"],
    [0.5, "万元", "0.5万元"],
    [0, "万元", "0万元"],
  ] as const)("writes %d %s as %s", (value, unit, text) => {
    expect(formatMoney(value, unit).text).toBe(text);
  });

  it("keeps the raw value in the unit it was given", () => {
    expect(formatMoney(22_000, "万元")).toEqual({ text: "2.2亿元", value: 22_000 });
  });

  it("writes an estimate with 约: 约930.95万元", () => {
    expect(formatMoney(930.95, "万元", { estimate: true })).toEqual({ text: "约930.95万元", value: 930.95, qualifier: "约" });
  });

  it("carries the clerk's qualifier: 1500万元以上", () => {
    expect(formatMoney(1500, "万元", { qualifier: "以上" }).text).toBe("1500万元以上");
  });

  it("keeps the unit it was given when asked", () => {
    expect(formatMoney(22_000, "万元", { keepUnit: true }).text).toBe("22000万元");
    expect(formatMoney(56_000, "元", { keepUnit: true }).text).toBe("56000元");
  });

  it("marks a sum rounded to a larger unit when asked: 12万余元", () => {
    expect(formatMoney(123_400, "元", { approximate: true, decimals: 0 }).text).toBe("12万余元");
    expect(formatMoney(18_600, "万元", { approximate: true, decimals: 0 }).text).toBe("近2亿元");
    expect(formatMoney(14_860, "万元", { approximate: true, decimals: 0 }).text).toBe("1亿余元");
  });

  it("writes a sum below exactBelow in 元 in full, as reports write 5500元 rather than 0.55万元", () => {
    expect(formatMoney(0.55, "万元", { exactBelow: 10_000 }).text).toBe("5500元");
    expect(formatMoney(930.95, "万元", { exactBelow: 10_000 }).text).toBe("930.95万元");
    expect(formatMoney(22_000, "万元", { exactBelow: 10_000 }).text).toBe("2.2亿元");
    expect(formatMoney(0.55, "万元", { exactBelow: 10_000 }).value).toBe(0.55);
  });

  describe("edge cases", () => {
    it("does not mark rounding within the unit it was given, only when moved to a larger one", () => {
      expect(formatMoney(930.954, "万元", { approximate: true }).text).toBe("930.95万元");
    });

    it("never writes a sum in a smaller unit than the clerk's", () => {
      expect(formatMoney(0.0001, "亿元").text).toBe("0亿元");
    });

    it("converts between units on the decimal figure (930.95万 is 9309500元, not 9309499.99…)", () => {
      expect(formatMoney(930.95, "万元", { keepUnit: true, decimals: 2 }).text).toBe("930.95万元");
      expect(formatMoney(0.09309, "亿元", { decimals: 4 }).text).toBe("0.0931亿元");
    });

    it("throws on a value that is not a finite number", () => {
      expect(() => formatMoney(Number.NaN, "元")).toThrow(RangeError);
    });
  });
});
