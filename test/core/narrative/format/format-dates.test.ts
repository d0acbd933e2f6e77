import { formatChineseDate, formatCutoff, formatDate, formatDateTime, type CalendarDate } from "../../../../src/core/narrative/format";

/** A Date as core holds it: UTC midnight of the day, plus UTC hours for a time. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

function day(year: number, month: number, date: number): CalendarDate {
  return { year, month, day: date };
}

describe("formatDate", () => {
  it("writes a date without leading zeros: 2023年2月20日", () => {
    expect(formatDate(utc(2023, 2, 20))).toBe("2023年2月20日");
    expect(formatDate(day(2023, 12, 1))).toBe("2023年12月1日");
  });

  it("leaves the year out when asked: 2月20日", () => {
    expect(formatDate(day(2023, 2, 20), { withYear: false })).toBe("2月20日");
  });

  it("reads a Date in UTC, whatever the machine's time zone", () => {
    expect(formatDate(new Date("2023-02-20T23:30:00Z"))).toBe("2023年2月20日");
  });
});

describe("formatDateTime", () => {
  it("writes the end of a day as 24时: 2023年2月20日24时", () => {
    expect(formatDateTime(day(2023, 2, 20), 24)).toBe("2023年2月20日24时");
  });

  it("writes an hour given with minutes: 18时30分", () => {
    expect(formatDateTime(day(2023, 2, 20), 18, { minute: 30 })).toBe("2023年2月20日18时30分");
    expect(formatDateTime(day(2023, 2, 20), 18)).toBe("2023年2月20日18时");
  });

  it("takes the time from a Date when no hour is given", () => {
    expect(formatDateTime(utc(2023, 2, 20, 18))).toBe("2023年2月20日18时");
    expect(formatDateTime(utc(2023, 2, 20, 9, 5), undefined, { withYear: false })).toBe("2月20日9时5分");
  });

  it("writes a Date at midnight as 24时 of the day before", () => {
    expect(formatDateTime(utc(2023, 2, 21))).toBe("2023年2月20日24时");
    expect(formatDateTime(utc(2023, 3, 1))).toBe("2023年2月28日24时");
    expect(formatDateTime(utc(2024, 1, 1))).toBe("2023年12月31日24时");
  });

  it("writes 0时 when it is asked for", () => {
    expect(formatDateTime(utc(2023, 2, 21), 0)).toBe("2023年2月21日0时");
  });

  describe("edge cases", () => {
    it("throws on an hour or minute out of range", () => {
      expect(() => formatDateTime(day(2023, 2, 20), 25)).toThrow(/时刻/);
      expect(() => formatDateTime(day(2023, 2, 20), 24, { minute: 30 })).toThrow(RangeError);
      expect(() => formatDateTime(day(2023, 2, 20), 8, { minute: 60 })).toThrow(RangeError);
    });
  });
});

describe("formatChineseDate", () => {
  it("writes a signature date in numerals with 〇: 二〇二三年三月一日", () => {
    expect(formatChineseDate(day(2023, 3, 1))).toBe("二〇二三年三月一日");
    expect(formatChineseDate(utc(2020, 12, 31))).toBe("二〇二〇年十二月三十一日");
    expect(formatChineseDate(day(2024, 10, 20))).toBe("二〇二四年十月二十日");
  });
});

describe("formatCutoff", () => {
  it("leads with 截至 and the hour: 截至2023年2月20日24时", () => {
    expect(formatCutoff(day(2023, 2, 20), { hour: 24 })).toBe("截至2023年2月20日24时");
  });

  it("writes a plain date when there is no hour", () => {
    expect(formatCutoff(utc(2023, 2, 20))).toBe("截至2023年2月20日");
    expect(formatCutoff(day(2023, 6, 30), { withYear: false })).toBe("截至6月30日");
  });

  it("writes the time of a Date that has one", () => {
    expect(formatCutoff(utc(2023, 2, 20, 18))).toBe("截至2023年2月20日18时");
  });
});

describe("dates: edge cases", () => {
  it("throws on an impossible calendar date", () => {
    expect(() => formatDate(day(2023, 2, 29))).toThrow(/日期无效/);
    expect(() => formatDate(day(2023, 13, 1))).toThrow(RangeError);
    expect(() => formatChineseDate(day(2023, 0, 1))).toThrow(RangeError);
  });

  it("accepts 29 February of a leap year", () => {
    expect(formatDate(day(2024, 2, 29))).toBe("2024年2月29日");
  });

  it("throws on an invalid Date", () => {
    expect(() => formatDate(new Date("not a date"))).toThrow(RangeError);
    expect(() => formatCutoff(new Date(Number.NaN))).toThrow(RangeError);
  });
});
