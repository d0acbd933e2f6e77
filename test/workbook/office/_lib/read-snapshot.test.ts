import { parseMergedAreas } from "../../../../src/workbook/office/_lib/read-snapshot";

describe("parseMergedAreas", () => {
  it("reads each area of a RangeAreas address", () => {
    expect(parseMergedAreas("Sheet1!A1:E1, Sheet1!B5:C5")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 4, left: 1, bottom: 4, right: 2 },
    ]);
  });

  describe("edge cases", () => {
    it("copes with a quoted sheet name that itself holds a comma", () => {
      expect(parseMergedAreas("'表一, 附表'!$A$1:$C$2, '表一, 附表'!D4")).toEqual([
        { top: 0, left: 0, bottom: 1, right: 2 },
        { top: 3, left: 3, bottom: 3, right: 3 },
      ]);
    });

    it("gives nothing for no address", () => {
      expect(parseMergedAreas(undefined)).toEqual([]);
      expect(parseMergedAreas("")).toEqual([]);
    });
  });
});
