import fc from "fast-check";
import { parseChineseNumeral, toChineseNumeral } from "../../../src/core/parse";

describe("parseChineseNumeral", () => {
  const readings: [string, number][] = [
    ["一百二十", 120],
    ["两千零五", 2005],
    ["三万四千", 34000],
    ["一点五", 1.5],
    ["十二", 12],
    ["十", 10],
    ["二十", 20],
    ["〇", 0],
    ["零", 0],
    ["零点五", 0.5],
    ["壹贰叁", 123],
    ["壹佰贰拾叁", 123],
    ["廿三", 23],
    ["卅", 30],
    ["二〇二三", 2023],
    ["一千零一", 1001],
    ["十万零一十二", 100012],
    ["一亿二千万", 120000000],
    ["一万亿", 1000000000000],
    ["一点五万", 15000],
    ["三点一四", 3.14],
    ["一百二", 120],
    ["三万五", 35000],
    ["负五", -5],
    ["３万４千", 34000],
  ];
  test.each(readings)("reads %s as %d", (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  test.each(["", "三四", "万", "五百三千", "一万一万", "点", "三个", "abc"])("does not read %p as one numeral", (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });
});

describe("toChineseNumeral", () => {
  const writings: [number, string][] = [
    [0, "零"],
    [3, "三"],
    [10, "十"],
    [12, "十二"],
    [20, "二十"],
    [105, "一百零五"],
    [110, "一百一十"],
    [1005, "一千零五"],
    [1050, "一千零五十"],
    [10500, "一万零五百"],
    [15000, "一万五千"],
    [100000, "十万"],
    [100012, "十万零一十二"],
    [120000000, "一亿二千万"],
    [100000001, "一亿零一"],
    [1.5, "一点五"],
    [-3, "负三"],
  ];
  test.each(writings)("writes %d as %s", (value, text) => {
    expect(toChineseNumeral(value)).toBe(text);
  });

  test("writes 2 as 两 in counts when asked, and years digit by digit", () => {
    expect(toChineseNumeral(2, { liang: true })).toBe("两");
    expect(toChineseNumeral(2000, { liang: true })).toBe("两千");
    expect(toChineseNumeral(20, { liang: true })).toBe("二十");
    expect(toChineseNumeral(2023, { style: "positional" })).toBe("二〇二三");
  });

  test("reads back every integer it writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), fc.boolean(), (value, liang) => {
        expect(parseChineseNumeral(toChineseNumeral(value, { liang }))).toBe(value);
      }),
    );
  });

  test("reads back digit-by-digit writing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 99_999_999 }), (value) => {
        expect(parseChineseNumeral(toChineseNumeral(value, { style: "positional" }))).toBe(value);
      }),
    );
  });

  describe("edge cases", () => {
    test("falls back to Arabic digits past 万亿 and for non-finite values", () => {
      expect(toChineseNumeral(1e12)).toBe("1000000000000");
      expect(toChineseNumeral(Number.POSITIVE_INFINITY)).toBe("Infinity");
    });
  });
});
