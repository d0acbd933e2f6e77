import { computeUncachedFormulas, isUncomputedFormula, type CellValue, type SheetSnapshot } from "../../../src/core/sheet";

/** A sheet whose formulas were saved without results, as openpyxl and other scripts save them. */
function sheet(rows: CellValue[][], formulas: Record<string, string>): SheetSnapshot {
  return { name: "表", visibility: "visible", rows, merges: [], formulas };
}

const valueAt = (s: SheetSnapshot, row: number, col: number) => computeUncachedFormulas(s).rows[row]?.[col] ?? null;

describe("computeUncachedFormulas", () => {
  it("adds up a SUM over a range and single cells, as Excel would show it", () => {
    const s = sheet([[100], [80], [30], [null]], { "3,0": "=SUM(A1:A2,A3)" });
    expect(valueAt(s, 3, 0)).toBe(210);
  });

  it("computes + − × ÷ over cells and numbers, with brackets and a sign", () => {
    const s = sheet([[12.5, 7.25, 4, null]], { "0,3": "=(A1+B1)*C1/2-(-1)" });
    expect(valueAt(s, 0, 3)).toBe(40.5);
  });

  it("shows 0.1 + 0.2 as 0.3", () => {
    expect(valueAt(sheet([[0.1, 0.2, null]], { "0,2": "=A1+B1" }), 0, 2)).toBe(0.3);
  });

  it("computes a formula that uses another uncached formula", () => {
    const s = sheet([[5, 6, null, null]], { "0,2": "=A1+B1", "0,3": "=C1*2" });
    expect(valueAt(s, 0, 3)).toBe(22);
  });

  it("reads the add-in's own rate formula: blank while its denominator is, the rate otherwise", () => {
    const rate = '=IF(N(A1)=0,"",B1/A1*100)';
    expect(valueAt(sheet([[null, 3, null]], { "0,2": rate }), 0, 2)).toBeNull();
    expect(valueAt(sheet([[0, 0, null]], { "0,2": rate }), 0, 2)).toBeNull();
    expect(valueAt(sheet([[40, 30, null]], { "0,2": rate }), 0, 2)).toBe(75);
  });

  it("shows the rate blank, as Excel does, when its denominator holds a placeholder: the branch not taken is not computed", () => {
    const rate = '=IF(N(A1)=0,"",B1/A1*100)';
    expect(valueAt(sheet([["xx", 3, null]], { "0,2": rate }), 0, 2)).toBeNull();
    // Taken, the same division by text is not guessed at.
    expect(isUncomputedFormula(valueAt(sheet([["xx", 3, null]], { "0,2": '=IF(N(B1)=0,"",B1/A1*100)' }), 0, 2))).toBe(true);
    // A function this module does not know, in the branch not taken, does not stop the one taken.
    expect(valueAt(sheet([[0, 3, null]], { "0,2": '=IF(N(A1)=0,"",ROUND(B1/A1*100,1))' }), 0, 2)).toBeNull();
  });

  it("gives #DIV/0! for a division by zero, as Excel does", () => {
    expect(valueAt(sheet([[5, 0, null]], { "0,2": "=A1/B1" }), 0, 2)).toEqual({ error: "#DIV/0!" });
  });

  it("leaves cells with a cached result as they are", () => {
    const s = sheet([[1, 2, 99]], { "0,2": "=A1+B1" });
    expect(computeUncachedFormulas(s)).toBe(s);
  });
});

describe("edge cases", () => {
  it.each([
    ["another function", "=VLOOKUP(A1,B1:C2,2,FALSE)"],
    ["another sheet", "=Sheet2!A1+1"],
    ["text in a cell it adds", "=A1+B1"],
    ["a circular reference", "=C1+1"],
    ["a percent sign", "=A1*10%"],
  ])("marks %s as 公式未计算, never as a blank", (_what, formula) => {
    const s = sheet([[1, "300余", null]], { "0,2": formula });
    expect(isUncomputedFormula(valueAt(s, 0, 2))).toBe(true);
  });

  it("does not guess at text inside a SUM", () => {
    expect(isUncomputedFormula(valueAt(sheet([[1], ["300余"], [null]], { "2,0": "=SUM(A1:A2)" }), 2, 0))).toBe(true);
  });

  it("marks a chain of formulas thousands deep as uncomputed rather than overflowing the stack", () => {
    // The last row first, so that computing it reaches all the way down.
    const formulas: Record<string, string> = {};
    for (let r = 4999; r >= 1; r--) formulas[`${r},0`] = `=A${r}+1`;
    const rows: CellValue[][] = [[1], ...Array.from({ length: 4999 }, () => [null])];
    const computed = computeUncachedFormulas(sheet(rows, formulas));
    expect(isUncomputedFormula(computed.rows[4999][0])).toBe(true);
    // Whatever is computed is right; the rest says 公式未计算.
    computed.rows.forEach((cells, r) => expect(cells[0] === r + 1 || isUncomputedFormula(cells[0])).toBe(true));
  });

  it("does not walk a whole column", () => {
    expect(isUncomputedFormula(valueAt(sheet([[1, null]], { "0,1": "=SUM(A:A)" }), 0, 1))).toBe(true);
    expect(isUncomputedFormula(valueAt(sheet([[1, null]], { "0,1": "=SUM(A1:A1048576)" }), 0, 1))).toBe(true);
  });

  it("places a formula beyond the sheet's ragged rows", () => {
    const s = sheet([[2, 3]], { "2,4": "=A1*B1" });
    expect(valueAt(s, 2, 4)).toBe(6);
  });

  it("reads a formula's text once for every sheet holding it, as every unit's copy of a form does", () => {
    // A consolidation computes the same 合计 and rates in each of hundreds of files: each text and each
    // reference is read once, then only the cells' values differ.
    const formulas = { "2,0": "=SUM(A1,A2)", "2,1": '=IF(N(A3)=0,"",B1/A3*100)', "2,2": "=A1+(A2-1)*2" };
    const unit = (a: number, b: number) => sheet([[a, 5], [b, null], [null, null, null]], formulas);
    expect(computeUncachedFormulas(unit(3, 7)).rows[2]).toEqual([10, 50, 15]);
    const exec = jest.spyOn(RegExp.prototype, "exec");
    try {
      expect(computeUncachedFormulas(unit(1, 4)).rows[2]).toEqual([5, 100, 7]);
      expect(computeUncachedFormulas(unit(0, 0)).rows[2]).toEqual([0, null, -2]);
      expect(exec).not.toHaveBeenCalled();
    } finally {
      exec.mockRestore();
    }
  });
});
