import { formulaShape } from "../../../src/core/infer";

describe("formulaShape", () => {
  it("reads a rate guarded against a blank denominator, as forms write it", () => {
    expect(formulaShape('=IF(N(D20)=0,"",D19/D20*100)')).toEqual({ type: "ratio", numerator: { row: 18, col: 3 }, denominator: { row: 19, col: 3 }, scale: 100 });
    expect(formulaShape("IFERROR(C5/B5,\"\")")).toEqual({ type: "ratio", numerator: { row: 4, col: 2 }, denominator: { row: 4, col: 1 }, scale: 1 });
    expect(formulaShape("=100*$C$5/$B$5")).toMatchObject({ type: "ratio", scale: 100 });
    expect(formulaShape("=ROUND(C5*100/B5,1)")).toMatchObject({ type: "ratio", scale: 100, numerator: { row: 4, col: 2 } });
  });

  it("reads a change against a base, and a rate's change in points", () => {
    expect(formulaShape('=IF(D5=0,"",(C5-D5)/D5*100)')).toEqual({ type: "change", current: { row: 4, col: 2 }, base: { row: 4, col: 3 }, scale: 100 });
    expect(formulaShape("=(C5/D5-1)*100")).toMatchObject({ type: "change", scale: 100 });
    expect(formulaShape('=IF(OR(C9="",D9=""),"",C9-D9)')).toEqual({ type: "difference", current: { row: 8, col: 2 }, base: { row: 8, col: 3 } });
  });

  it("reads a total as the cells it adds up", () => {
    expect(formulaShape("=SUM(C6:C8)")).toEqual({ type: "sum", refs: [{ row: 5, col: 2 }, { row: 6, col: 2 }, { row: 7, col: 2 }] });
    expect(formulaShape("=SUM(D6,D9)")).toEqual({ type: "sum", refs: [{ row: 5, col: 3 }, { row: 8, col: 3 }] });
    expect(formulaShape("=C6+C7")).toEqual({ type: "sum", refs: [{ row: 5, col: 2 }, { row: 6, col: 2 }] });
  });

  describe("edge cases", () => {
    it("leaves alone what a template cannot state", () => {
      expect(formulaShape("=VLOOKUP(A5,Sheet2!A:B,2,0)")).toBeUndefined();
      expect(formulaShape("=SUM(B5:D9)")).toBeUndefined();
      expect(formulaShape("=C5*2")).toBeUndefined();
      expect(formulaShape('=IF(C5>0,C5,D5)')).toBeUndefined();
    });
  });
});
