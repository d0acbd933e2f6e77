import fc from "fast-check";
import { exactSum, fractionDigits } from "../../../../src/core/consolidate/_lib/exact-sum";

/** The decimals of a number's shortest text, read off the text. */
function decimalsOfText(value: number): number | undefined {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot < 0 || text.includes("e") ? undefined : text.length - dot - 1;
}

describe("fractionDigits", () => {
  it("counts the decimals String() prints, up to six of them", () => {
    const figures = fc.oneof(
      fc.integer({ min: -1e9, max: 1e9 }).chain((n) => fc.integer({ min: 1, max: 9 }).map((places) => n / 10 ** places)),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: 0, max: 2 ** 52 }).map((n) => n / 1e6),
    );
    fc.assert(
      fc.property(figures, (value) => {
        fc.pre(!Number.isInteger(value));
        const expected = decimalsOfText(value);
        const actual = fractionDigits(value);
        // Past six places only "more than six" matters to the sum.
        if (expected !== undefined && expected <= 6) expect(actual).toBe(expected);
        else expect(actual === undefined || actual > 6).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it("reads the usual figures", () => {
    expect([0.5, 0.25, 799.28, 0.1 + 0.2, 1e-7, 123456789.123456].map(fractionDigits)).toEqual([1, 2, 2, 17, undefined, 6]);
  });
});

describe("exactSum", () => {
  it("adds decimals as decimals, in any order", () => {
    expect(exactSum([0.1, 0.2, 0.3])).toBe(0.6);
    expect(exactSum([0.3, 0.2, 0.1])).toBe(0.6);
    expect(exactSum([799.28, 376.14, 242.06])).toBe(1417.48);
  });
});
