import { dateToSerial, isDateFormat, serialToDate } from "../../../../src/workbook/office/_lib/excel-dates";

describe("Excel date serials (1900 system)", () => {
  it("turns 44977 into 20 February 2023 and back", () => {
    expect(serialToDate(44977)).toEqual(new Date(Date.UTC(2023, 1, 20)));
    expect(dateToSerial(new Date(Date.UTC(2023, 1, 20)))).toBe(44977);
  });

  it("keeps the time of day as UTC hours", () => {
    expect(serialToDate(44977.75)).toEqual(new Date(Date.UTC(2023, 1, 20, 18)));
    expect(dateToSerial(new Date(Date.UTC(2023, 1, 20, 8)))).toBeCloseTo(44977 + 1 / 3, 10);
  });

  describe("edge cases", () => {
    it("counts days before Excel's phantom 29 February 1900 from 1 January 1900", () => {
      expect(serialToDate(1)).toEqual(new Date(Date.UTC(1900, 0, 1)));
      expect(serialToDate(59)).toEqual(new Date(Date.UTC(1900, 1, 28)));
      expect(serialToDate(61)).toEqual(new Date(Date.UTC(1900, 2, 1)));
      expect(dateToSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(1);
      expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    });

    it("rounds float noise of a time to the millisecond", () => {
      expect(serialToDate(1 / 3 + 45000).getUTCHours()).toBe(8);
      expect(serialToDate(1 / 3 + 45000).getUTCMilliseconds()).toBe(0);
    });
  });
});

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
