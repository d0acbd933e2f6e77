import { shiftFormula } from "../../../../../src/workbook/xlsx/read/_lib/shift-formula";

describe("shiftFormula", () => {
  it("moves relative references by the distance between the cells", () => {
    expect(shiftFormula("B2+C2*2", 3, 1)).toBe("C5+D5*2");
  });

  it("keeps the absolute parts of mixed references", () => {
    expect(shiftFormula("$B2+B$2+$B$2", 2, 2)).toBe("$B4+D$2+$B$2");
  });

  it("moves both ends of a range and references on other sheets", () => {
    expect(shiftFormula("SUM(Sheet1!A1:B2)+'城关 镇'!C3", 1, 0)).toBe("SUM(Sheet1!A2:B3)+'城关 镇'!C4");
  });

  it("moves whole-column and whole-row ranges", () => {
    expect(shiftFormula("SUM(A:B)+SUM(2:3)+SUM($A:A)", 1, 1)).toBe("SUM(B:C)+SUM(3:4)+SUM($A:B)");
  });

  it("leaves text, function names that look like cells, and structured references alone", () => {
    expect(shiftFormula('LOG10(A1)&"A1"&Table1[[#This Row],[B2]]', 1, 0)).toBe('LOG10(A2)&"A1"&Table1[[#This Row],[B2]]');
  });

  describe("edge cases", () => {
    it("turns a reference moved off the sheet into #REF!", () => {
      expect(shiftFormula("A1+B2", -1, 0)).toBe("#REF!+B1");
      expect(shiftFormula("XFD1", 0, 1)).toBe("#REF!");
    });

    it("returns the formula unchanged when the cells coincide", () => {
      expect(shiftFormula("A1", 0, 0)).toBe("A1");
    });

    it("leaves numbers and names alone", () => {
      expect(shiftFormula("1.5E+3*Rate2024+TRUE", 4, 4)).toBe("1.5E+3*Rate2024+TRUE");
    });
  });
});
