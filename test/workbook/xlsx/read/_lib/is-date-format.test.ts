import { isBuiltInDateFormat, isDateFormatCode } from "../../../../../src/workbook/xlsx/read/_lib/is-date-format";

describe("isDateFormatCode", () => {
  it.each(["yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "m/d/yy h:mm", "hh:mm:ss", "[$-804]aaaa yyyy/m/d", "[DBNum1][$-804]yyyy年m月d日", "YYYY", "mm:ss.0", "h:mm AM/PM"])(
    "sees a date or time in %s",
    (code) => expect(isDateFormatCode(code)).toBe(true),
  );

  it.each(["General", "GENERAL", "0.00", "[Red]0.00", "#,##0_);[Red](#,##0)", '0.00"元"', '"days "0', "0\\d", "@", "0.0%", "0.00E+00", '_("$"* #,##0.00_)', "[$¥-804]#,##0.00"])(
    "sees no date in %s",
    (code) => expect(isDateFormatCode(code)).toBe(false),
  );

  it("treats elapsed-time formats as durations, not dates", () => {
    expect(isDateFormatCode("[h]:mm:ss")).toBe(false);
    expect(isDateFormatCode("[mm]:ss")).toBe(false);
  });

  describe("edge cases", () => {
    it("knows the built-in date ids, the East Asian ones included, and not the elapsed one", () => {
      expect([14, 22, 27, 36, 45, 47, 50, 58].every(isBuiltInDateFormat)).toBe(true);
      expect([0, 1, 9, 13, 23, 37, 44, 46, 49, 59].some(isBuiltInDateFormat)).toBe(false);
    });

    it("does not fail on unterminated quotes or brackets", () => {
      expect(isDateFormatCode('0"abc')).toBe(false);
      expect(isDateFormatCode("[Red")).toBe(false);
    });
  });
});
