import { isBuiltInDateFormat } from "../../../../../src/workbook/xlsx/read/_lib/built-in-date-formats";

describe("isBuiltInDateFormat", () => {
  it("knows the built-in date ids, the East Asian ones included", () => {
    expect([14, 22, 27, 36, 45, 47, 50, 58].every(isBuiltInDateFormat)).toBe(true);
  });

  describe("edge cases", () => {
    it("knows numbers, text and elapsed time (46) as no date", () => {
      expect([0, 1, 9, 13, 23, 37, 44, 46, 49, 59].some(isBuiltInDateFormat)).toBe(false);
    });
  });
});
