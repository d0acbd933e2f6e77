import { fromExcelCell, isCoercibleText, toCellInput } from "../../../../src/workbook/office/_lib/excel-values";

describe("toCellInput", () => {
  it("writes numbers, booleans and plain text as they are", () => {
    expect(toCellInput(12.5)).toEqual({ value: 12.5 });
    expect(toCellInput(true)).toEqual({ value: true });
    expect(toCellInput("县卫健局")).toEqual({ value: "县卫健局" });
    expect(toCellInput("300余", "#,##0")).toEqual({ value: "300余", numberFormat: "#,##0" });
  });

  it("formats text Excel would reinterpret as text ('@')", () => {
    for (const text of ["=A1", "+86", "-3余", "@a", "'引号", "#N/A", "0012", "3-5", "1/2", "50%", "12:30", "2023年2月", "１２", "true"]) {
      expect(toCellInput(text)).toEqual({ value: text, numberFormat: "@" });
    }
  });

  it("clears a cell for null, keeping a given format", () => {
    expect(toCellInput(null)).toEqual({ value: "" });
    expect(toCellInput(null, "@")).toEqual({ value: "", numberFormat: "@" });
  });

  it("writes a date as a serial with the project's date format unless one is given", () => {
    expect(toCellInput(new Date(Date.UTC(2023, 1, 20)))).toEqual({ value: 44977, numberFormat: 'yyyy"年"m"月"d"日"' });
    expect(toCellInput(new Date(Date.UTC(2023, 1, 20, 12))).numberFormat).toBe('yyyy"年"m"月"d"日" h"时"');
    expect(toCellInput(new Date(Date.UTC(2023, 1, 20)), "yyyy-mm-dd").numberFormat).toBe("yyyy-mm-dd");
  });

  describe("edge cases", () => {
    it("writes an error value and a non-finite number as text, losing nothing", () => {
      expect(toCellInput({ error: "#DIV/0!" })).toEqual({ value: "#DIV/0!", numberFormat: "@" });
      expect(toCellInput(Number.NaN)).toEqual({ value: "NaN", numberFormat: "@" });
    });

    it("leaves text with words in it alone", () => {
      for (const text of ["3.2万", "约 300", "第1批", "其中：规上企业", "abc-1"]) expect(isCoercibleText(text)).toBe(false);
    });
  });
});

describe("fromExcelCell", () => {
  it("reads each value type, dates by their number format", () => {
    expect(fromExcelCell("", "Empty", "General")).toBeNull();
    expect(fromExcelCell("甲", "String", "@")).toBe("甲");
    expect(fromExcelCell(3, "Double", "#,##0")).toBe(3);
    expect(fromExcelCell(44977, "Double", "yyyy/m/d")).toEqual(new Date(Date.UTC(2023, 1, 20)));
    expect(fromExcelCell(false, "Boolean", "General")).toBe(false);
    expect(fromExcelCell("#N/A", "Error", "General")).toEqual({ error: "#N/A" });
  });

  describe("edge cases", () => {
    it("reads the serials of Excel's phantom 29 February 1900 and of days before 1 March 1900 as Excel shows them", () => {
      expect(fromExcelCell(60, "Double", "yyyy/m/d")).toBe(60);
      expect(fromExcelCell(-1, "Double", "yyyy/m/d")).toBe(-1);
      expect(fromExcelCell(59, "Double", "yyyy/m/d")).toEqual(new Date(Date.UTC(1900, 1, 28)));
      expect(fromExcelCell(1 / 3 + 45000, "Double", "yyyy/m/d h:mm")).toEqual(new Date(Date.UTC(2023, 2, 15, 8)));
      expect(toCellInput(new Date(Date.UTC(1900, 0, 1))).value).toBe(1);
    });

    it("reads an unknown type (a linked data type, say) by the value's own type", () => {
      expect(fromExcelCell("股票", "Unknown", "General")).toBe("股票");
      expect(fromExcelCell(7, "Unknown", "General")).toBe(7);
      expect(fromExcelCell("", "Unknown", "General")).toBeNull();
    });
  });
});
