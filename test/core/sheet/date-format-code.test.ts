import { isDateFormatCode } from "../../../src/core/sheet";

// The cases of the two rules this one replaced — the xlsx reader's and the Office.js adapter's — all kept.
describe("isDateFormatCode", () => {
  it.each([
    "yyyy-mm-dd",
    "yyyy/m/d",
    'yyyy"年"m"月"d"日"',
    "m/d/yy h:mm",
    "hh:mm:ss",
    "[$-804]aaaa yyyy/m/d",
    "[$-804]yyyy年m月d日",
    "[DBNum1][$-804]yyyy年m月d日",
    "[Red]yyyy-mm-dd",
    "YYYY",
    "mm:ss.0",
    "h:mm AM/PM",
    '上午/下午h"时"mm"分"',
  ])("sees a date or time in %s", (code) => expect(isDateFormatCode(code)).toBe(true));

  it.each([
    "General",
    "GENERAL",
    "@",
    "#,##0",
    "0.00",
    "0.0%",
    "[Red]0.00",
    "[Blue]0",
    "#,##0_);[Red](#,##0)",
    "#,##0.00_);[Red](#,##0.00)",
    '0.00"元"',
    '0"天"',
    '#,##0"人次"',
    '"days "0',
    "0\\d",
    "0.00E+00",
    '_("$"* #,##0.00_)',
    "[$¥-804]#,##0.00",
  ])("sees no date in %s", (code) => expect(isDateFormatCode(code)).toBe(false));

  it("treats elapsed-time formats as durations, not dates", () => {
    expect(isDateFormatCode("[h]:mm:ss")).toBe(false);
    expect(isDateFormatCode("[h]:mm")).toBe(false);
    expect(isDateFormatCode("[mm]:ss")).toBe(false);
  });

  it("sees no date in an AM/PM marker alone (the cell shows only 上午 or P), as openpyxl does", () => {
    expect(isDateFormatCode("A/P")).toBe(false);
    expect(isDateFormatCode("上午/下午")).toBe(false);
  });

  describe("edge cases", () => {
    it("treats a missing format as no date", () => {
      expect(isDateFormatCode(undefined)).toBe(false);
      expect(isDateFormatCode(null)).toBe(false);
      expect(isDateFormatCode("")).toBe(false);
    });

    it("reads the first section only: a positive number, the only kind a date is, is shown by it", () => {
      expect(isDateFormatCode('0;-0;0;"截至"yyyy')).toBe(false);
      expect(isDateFormatCode("yyyy/m/d;@")).toBe(true);
      expect(isDateFormatCode("0;[Red]d")).toBe(false);
    });

    it("does not fail on unterminated quotes or brackets", () => {
      expect(isDateFormatCode('0"abc')).toBe(false);
      expect(isDateFormatCode("[Red")).toBe(false);
    });
  });
});
