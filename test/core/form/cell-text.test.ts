import fc from "fast-check";
import { cellText } from "../../../src/core/form/cell-text";

describe("cellText", () => {
  it("shows a fraction to 15 significant digits, as Excel does", () => {
    expect(cellText(0.1 + 0.2)).toBe("0.3");
    expect(cellText(799.28)).toBe("799.28");
    expect(cellText(1 / 3)).toBe("0.333333333333333");
    expect(cellText(1.5e-7)).toBe("1.5e-7");
  });

  it("gives for every number what String(Number(n.toPrecision(15))) gives", () => {
    const numbers = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -1e9, max: 1e9 }).chain((n) => fc.integer({ min: 0, max: 12 }).map((places) => n / 10 ** places)),
    );
    fc.assert(
      fc.property(numbers, (n) => {
        expect(cellText(n)).toBe(Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15))));
      }),
      { numRuns: 20000 },
    );
  });

  it("gives text as it is", () => {
    expect(cellText("  累计 ")).toBe("  累计 ");
    expect(cellText(null)).toBe("");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
    expect(cellText(true)).toBe("true");
  });

  describe("edge cases of dates", () => {
    it("shows a whole day, a time of day, a day before 1970 and an invalid date as before, asked once or again", () => {
      const cases: Array<[Date, string]> = [
        [new Date(Date.UTC(2023, 1, 20)), "2023-02-20"],
        [new Date(Date.UTC(2023, 1, 20, 18, 5)), "2023-02-20 18:05"],
        [new Date(Date.UTC(2023, 1, 20, 0, 30)), "2023-02-20"],
        [new Date(Date.UTC(1899, 11, 30)), "1899-12-30"],
        [new Date(0), "1970-01-01"],
        [new Date(NaN), "NaN-NaN-NaN"],
      ];
      for (let round = 0; round < 2; round++) for (const [date, text] of cases) expect(cellText(date)).toBe(text);
    });

    it("keeps showing each day right past the number of days' texts it keeps", () => {
      const first = Date.UTC(2000, 0, 1);
      for (let day = 0; day < 10000; day++) {
        const date = new Date(first + day * 86_400_000);
        expect(cellText(date)).toBe(date.toISOString().slice(0, 10));
      }
    });
  });
});
