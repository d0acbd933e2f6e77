import fc from "fast-check";
import { addressOf, charCodes, extractCell, mayStartWith, plainText, textAt } from "../../../../src/core/extract/_lib/cell";
import { cellAddress, type CellValue, type SheetSnapshot } from "../../../../src/core/sheet";
import { cellValueArb } from "../../../_support/fuzz-cells";

const sheetOf = (rows: CellValue[][]): SheetSnapshot => ({ name: "Sheet1", rows, merges: [] }) as unknown as SheetSnapshot;

describe("addressOf", () => {
  it("names a cell as cellAddress does, near the top and far off", () => {
    for (const [row, col] of [[0, 0], [6, 3], [4095, 255], [4096, 0], [0, 256], [1_048_575, 16_383]]) {
      expect(addressOf(row, col)).toBe(cellAddress(row, col));
      expect(addressOf(row, col)).toBe(cellAddress(row, col));
    }
  });
});

describe("textAt", () => {
  it("is the text extractCell gives", () => {
    fc.assert(
      fc.property(cellValueArb, (value) => {
        const sheet = sheetOf([[null, value]]);
        expect(textAt(sheet, 0, 1)).toBe(extractCell(sheet, 0, 1).text);
      }),
    );
  });
});

describe("mayStartWith", () => {
  const initials = new Set(charCodes("填报统单负审制联电截合总小计金"));
  const words = ["填表人：", "合计", "计量单位：万元", "  单位负责人", "\u3000填报单位", "ｘ", "x\u0307", "﹙合计﹚", "⑴合计"];

  it("says no only for cells whose plain text starts with none of the characters", () => {
    fc.assert(
      fc.property(fc.oneof(cellValueArb, fc.constantFrom<CellValue>(...words), fc.string({ unit: "binary", maxLength: 6 })), (value) => {
        const sheet = sheetOf([[value]]);
        if (!mayStartWith(value, initials)) expect(initials.has(plainText(sheet, 0, 0).charCodeAt(0))).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("says yes for blanks and for text starting with one of them or with a space", () => {
    for (const value of [null, "", "合计", "  合计", "\u3000填表人"] as CellValue[]) expect(mayStartWith(value, initials)).toBe(true);
    for (const value of [12, true, new Date(0), "累计", "abc"] as CellValue[]) expect(mayStartWith(value, initials)).toBe(false);
  });
});
