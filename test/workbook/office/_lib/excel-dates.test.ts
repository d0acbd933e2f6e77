import { isDateFormat } from "../../../../src/workbook/office/_lib/excel-dates";

describe("isDateFormat", () => {
  it.each(["yyyy/m/d", 'yyyy"年"m"月"d"日"', "m/d/yy h:mm", "[$-804]yyyy年m月d日", "h:mm AM/PM", "[Red]yyyy-mm-dd", "上午/下午h\"时\"mm\"分\""])(
    "sees a date in %s",
    (format) => expect(isDateFormat(format)).toBe(true),
  );

  it.each(["General", "@", "#,##0", "0.00", "0.0%", '0"天"', '#,##0"人次"', "0.00E+00", "#,##0.00_);[Red](#,##0.00)", "[h]:mm", "[Blue]0"])(
    "sees no date in %s",
    (format) => expect(isDateFormat(format)).toBe(false),
  );

  describe("edge cases", () => {
    it("treats a missing format as no date", () => {
      expect(isDateFormat(undefined)).toBe(false);
      expect(isDateFormat("")).toBe(false);
    });
  });
});
