import { excelSerial, serialToDate } from "../../../src/core/sheet/excel-serial";

describe("serialToDate", () => {
  it("counts from 1900-01-01 = 1 in the 1900 system", () => {
    expect(serialToDate(1, false)).toEqual(new Date("1900-01-01T00:00:00Z"));
    expect(serialToDate(59, false)).toEqual(new Date("1900-02-28T00:00:00Z"));
  });

  it("skips the 29 February 1900 that Excel counts but that never was", () => {
    expect(serialToDate(60, false)).toBeUndefined();
    expect(serialToDate(61, false)).toEqual(new Date("1900-03-01T00:00:00Z"));
    expect(serialToDate(45342, false)).toEqual(new Date("2024-02-20T00:00:00Z"));
  });

  it("counts from 1904-01-01 = 0 in the 1904 system", () => {
    expect(serialToDate(0, true)).toEqual(new Date("1904-01-01T00:00:00Z"));
    expect(serialToDate(45342 - 1462, true)).toEqual(new Date("2024-02-20T00:00:00Z"));
  });

  it("keeps the time of day as UTC hours, rounded to the millisecond", () => {
    expect(serialToDate(45342.75, false)).toEqual(new Date("2024-02-20T18:00:00Z"));
    expect(serialToDate(45342 + 1 / 3, false)).toEqual(new Date("2024-02-20T08:00:00Z"));
  });

  describe("edge cases", () => {
    it("puts a time of day alone on 1899-12-30, where ExcelJS writes it back from", () => {
      expect(serialToDate(0.5, false)).toEqual(new Date("1899-12-30T12:00:00Z"));
    });

    it("has no date for negative serials, non-numbers or serials after 9999-12-31", () => {
      expect(serialToDate(-1, false)).toBeUndefined();
      expect(serialToDate(Number.NaN, false)).toBeUndefined();
      expect(serialToDate(2_958_465, false)).toEqual(new Date("9999-12-31T00:00:00Z"));
      expect(serialToDate(2_958_466, false)).toBeUndefined();
    });
  });
});

describe("excelSerial", () => {
  it("turns 20 February 2023 into 44977, the time of day as the fraction", () => {
    expect(excelSerial(new Date(Date.UTC(2023, 1, 20)))).toBe(44977);
    expect(excelSerial(new Date(Date.UTC(2023, 1, 20, 8)))).toBeCloseTo(44977 + 1 / 3, 10);
  });

  it("gives the serial serialToDate reads back as the same moment, on either side of the phantom 29 February 1900", () => {
    const moments = ["1900-01-01T00:00:00Z", "1900-01-15T06:00:00Z", "1900-02-28T00:00:00Z", "1900-02-28T23:00:00Z", "1900-03-01T00:00:00Z", "2023-02-20T18:30:00Z", "9999-12-31T00:00:00Z"];
    for (const moment of moments) expect(serialToDate(excelSerial(new Date(moment)))).toEqual(new Date(moment));
    expect(excelSerial(new Date("1900-01-01T00:00:00Z"))).toBe(1);
    expect(excelSerial(new Date("1900-02-28T00:00:00Z"))).toBe(59);
    expect(excelSerial(new Date("1900-03-01T00:00:00Z"))).toBe(61);
  });

  describe("edge cases", () => {
    it("writes a time of day alone (on 1899-12-30, where serialToDate puts it) as the fraction alone", () => {
      expect(excelSerial(new Date("1899-12-30T12:00:00Z"))).toBe(0.5);
      expect(serialToDate(excelSerial(new Date("1899-12-30T08:00:00Z")))).toEqual(new Date("1899-12-30T08:00:00Z"));
    });

    it("gives 1899-12-31, a day with no serial in the 1900 system, serial 0", () => {
      expect(excelSerial(new Date("1899-12-31T00:00:00Z"))).toBe(0);
    });
  });
});
