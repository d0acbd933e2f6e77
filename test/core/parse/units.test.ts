import fc from "fast-check";
import { convertUnit, normalizeUnit, sameUnit, unitFamily } from "../../../src/core/parse";

describe("convertUnit", () => {
  const conversions: [number, string, string, number][] = [
    [32000, "只", "万只", 3.2],
    [3.2, "万只", "只", 32000],
    [2000, "元", "万元", 0.2],
    [1.5, "亿元", "万元", 15000],
    [0.3, "万元", "元", 3000],
    [3, "斤", "公斤", 1.5],
    [1, "吨", "斤", 2000],
    [500, "克", "斤", 1],
    [5, "kg", "吨", 0.005],
    [12, "万人次", "人次", 120000],
    [3, "万条", "条", 30000],
    [20, "万张", "张", 200000],
    [15, "亩", "平方米", 10000],
    [8.5, "‰", "%", 0.85],
    [2, "小时", "分钟", 120],
  ];
  test.each(conversions)("converts %d %s to %s exactly", (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toEqual({ value: expected });
  });

  test("refuses units of different families", () => {
    expect(convertUnit(1, "人", "元")).toBeUndefined();
    expect(convertUnit(1, "人", "人次")).toBeUndefined();
    expect(convertUnit(1, "公斤", "瓶")).toBeUndefined();
    expect(convertUnit(1, "", "元")).toBeUndefined();
  });

  test("comes back to the value it started from", () => {
    const pairs: [string, string][] = [["元", "万元"], ["只", "万只"], ["斤", "吨"], ["人次", "万人次"], ["元", "亿元"]];
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.constantFrom(...pairs), (value, [from, to]) => {
        const there = convertUnit(value, from, to)!;
        expect(convertUnit(there.value, to, from)).toEqual({ value });
      }),
    );
  });

  describe("edge cases", () => {
    test("gives a non-terminating ratio to 15 significant digits", () => {
      expect(convertUnit(1, "亩", "平方米")!.value).toBeCloseTo(666.666666666667, 9);
      expect(convertUnit(1000, "平方米", "亩")).toEqual({ value: 1.5 });
    });

    test("refuses non-finite values", () => {
      expect(convertUnit(Number.NaN, "元", "万元")).toBeUndefined();
    });
  });
});

describe("unitFamily and normalizeUnit", () => {
  test("names a count unit's family after its base", () => {
    expect(unitFamily("万人次")).toEqual({ id: "count:人次", base: "人次", units: ["人次", "万亿人次", "千万人次", "百万人次", "亿人次", "万人次"] });
    expect(unitFamily("万元")).toMatchObject({ id: "money", base: "元" });
    expect(unitFamily("吨")).toMatchObject({ id: "mass", base: "公斤" });
    expect(unitFamily("")).toBeUndefined();
  });

  test("folds the spellings of a unit", () => {
    expect(normalizeUnit("（万元）")).toBe("万元");
    expect(normalizeUnit("ＫＧ")).toBe("公斤");
    expect(normalizeUnit("千克")).toBe("公斤");
    expect(normalizeUnit("万千克")).toBe("万公斤");
    expect(sameUnit("kg", "公斤")).toBe(true);
    expect(sameUnit("人", "人次")).toBe(false);
  });
});
