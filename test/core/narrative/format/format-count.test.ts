import fc from "fast-check";
import { formatCount, type CountOptions } from "../../../../src/core/narrative/format";

/** Reads a formatted count back: the figure in full (万 ×10^4, 亿 ×10^8, 万亿 ×10^12) and its marker. */
function readBack(text: string, unit: string) {
  const escapedUnit = unit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`^(近|约)?(-?\\d+(?:\\.\\d+)?)(多)?(万亿|万|亿)?(余|多)?${escapedUnit}(左右|以上)?$`).exec(text);
  if (!match) throw new Error(`cannot read back "${text}"`);
  const [, before, digits, muchBefore, magnitude, after, closing] = match;
  const exponent = { 万: 4, 亿: 8, 万亿: 12 }[magnitude as "万"] ?? 0;
  return { digits, shown: Number(`${digits}e${exponent}`), exponent, marker: before ?? muchBefore ?? after ?? closing };
}

describe("formatCount", () => {
  it.each([
    [0, "0"],
    [7, "7"],
    [9999, "9999"],
    [10_000, "1万"],
    [183_000, "18.3万"],
    [195_800, "19.58万"],
    [123_456, "12.35万"],
    [100_000_000, "1亿"],
    [220_000_000, "2.2亿"],
    [1_000_000_000_000, "1万亿"],
  ])("writes %d as %s", (value, text) => {
    expect(formatCount(value).text).toBe(text);
  });

  it("writes no thousands separator below 万, as Chinese reports do", () => {
    expect(formatCount(9876, { unit: "人" }).text).toBe("9876人");
  });

  it("writes the unit right after the figure, with no space", () => {
    expect(formatCount(195_800, { unit: "人" }).text).toBe("19.58万人");
    expect(formatCount(12, { unit: "人次" }).text).toBe("12人次");
  });

  it("keeps the raw value beside the display text", () => {
    expect(formatCount(123_456, { unit: "张" })).toEqual({ text: "12.35万张", value: 123_456 });
  });

  it("marks no rounding by default: two decimals of 万 already say the figure is rounded", () => {
    expect(formatCount(123_456).qualifier).toBeUndefined();
    expect(formatCount(99_950).text).toBe("10万");
  });

  it("honours the number of decimals and drops trailing zeros", () => {
    expect(formatCount(183_456, { decimals: 1 }).text).toBe("18.3万");
    expect(formatCount(183_456, { decimals: 3 }).text).toBe("18.346万");
    expect(formatCount(180_000, { decimals: 3 }).text).toBe("18万");
  });

  it("writes a quantity below 万 with its decimals: 12.35吨", () => {
    expect(formatCount(12.345, { unit: "吨" }).text).toBe("12.35吨");
    expect(formatCount(556.87, { unit: "吨" }).text).toBe("556.87吨");
  });

  describe("as reports write them: exact below 10万, one decimal of 万 with a hedge above", () => {
    const report: CountOptions = { exactBelow: 100_000, scaledDecimals: 1, approximate: true };

    it.each([
      [13_500, "人次", "13500人次"],
      [15_929, "人", "15929人"],
      [99_999, "张", "99999张"],
      [100_000, "张", "10万张"],
      [183_456, "次", "18.3万余次"],
      [148_600, "人次", "近14.9万人次"],
      [203_000, "张", "20.3万张"],
      [220_000_000, "元", "2.2亿元"],
      [123_456_789, "条", "1.2亿余条"],
    ])("writes %d %s as %s", (value, unit, text) => {
      expect(formatCount(value, { ...report, unit }).text).toBe(text);
    });

    it("keeps a figure given in 万 at its own decimals, and writes a small one in full", () => {
      expect(formatCount(3027.31, { ...report, unit: "只", valueExponent: 4, decimals: 2 }).text).toBe("3027.31万只");
      expect(formatCount(0.35, { ...report, unit: "人次", valueExponent: 4, decimals: 2 }).text).toBe("3500人次");
      expect(formatCount(12_345.67, { ...report, unit: "条", valueExponent: 4, decimals: 2 })).toEqual({ text: "1.2亿余条", value: 12_345.67, qualifier: "余" });
    });

    it("rounds the way a clerk's hedge points: down for 余, up for 近", () => {
      expect(formatCount(148_600, { ...report, unit: "人", qualifier: "余", rounding: "down" }).text).toBe("14.8万余人");
      expect(formatCount(148_600, { ...report, unit: "人", qualifier: "近", rounding: "up" }).text).toBe("近14.9万人");
      expect(formatCount(148_610, { ...report, unit: "人", qualifier: "约" }).text).toBe("约14.9万人");
    });
  });

  describe("approximate figures (round mode)", () => {
    const round: CountOptions = { approximate: true, decimals: 0 };

    it("writes a figure rounded down with 余 after the magnitude and before the unit: 20万余张", () => {
      expect(formatCount(203_000, { ...round, unit: "张" })).toEqual({ text: "20万余张", value: 203_000, qualifier: "余" });
    });

    it("writes a figure rounded up with 近 before it: 近15万人次", () => {
      expect(formatCount(148_600, { ...round, unit: "人次" })).toEqual({ text: "近15万人次", value: 148_600, qualifier: "近" });
    });

    it("writes 99,950 with two decimals as 近10万 (9.995万 rounds up)", () => {
      expect(formatCount(99_950, { approximate: true }).text).toBe("近10万");
    });

    it("writes 123,456 with two decimals as 近12.35万 when asked to mark the rounding", () => {
      expect(formatCount(123_456, { approximate: true }).text).toBe("近12.35万");
    });

    it("uses 多 instead of 余 when asked, placed as Chinese places it", () => {
      expect(formatCount(203_000, { ...round, downMarker: "多", unit: "张" }).text).toBe("20多万张");
      expect(formatCount(123_000, { ...round, downMarker: "多", unit: "人" }).text).toBe("12万多人");
      expect(formatCount(15_300, { approximate: true, decimals: 1, downMarker: "多", unit: "人" }).text).toBe("1.5万多人");
    });

    it("always rounds down to 余 with rounding down: 20万余 for 208,000", () => {
      expect(formatCount(208_000, { ...round, rounding: "down" }).text).toBe("20万余");
    });

    it("adds no marker when the rounded figure is exact", () => {
      expect(formatCount(200_000, { ...round, unit: "张" })).toEqual({ text: "20万张", value: 200_000 });
    });

    it("writes a figure below 万 in full and unmarked", () => {
      expect(formatCount(347, { ...round, unit: "人" })).toEqual({ text: "347人", value: 347 });
    });
  });

  describe("qualifiers carried from the input", () => {
    it.each([
      ["余", "300余人"],
      ["多", "300多人"],
      ["近", "近300人"],
      ["约", "约300人"],
      ["左右", "300人左右"],
      ["以上", "300人以上"],
      ["以下", "300人以下"],
      ["不足", "不足300人"],
    ] as const)("treats 300 with %s as %s", (qualifier, text) => {
      expect(formatCount(300, { qualifier, unit: "人" })).toEqual({ text, value: 300, qualifier });
    });

    it("keeps the clerk's qualifier over the rounding marker, so 约近 never appears", () => {
      expect(formatCount(148_600, { approximate: true, decimals: 0, qualifier: "约" }).text).toBe("约15万");
    });

    it("writes an estimate with 约 before it", () => {
      expect(formatCount(148_600, { estimate: true, approximate: true, decimals: 0, unit: "人" }).text).toBe("约15万人");
    });
  });

  describe("edge cases", () => {
    it("moves up a magnitude when rounding reaches 10,000 of the smaller one", () => {
      expect(formatCount(9999.996).text).toBe("1万");
      expect(formatCount(99_999_999).text).toBe("1亿");
      expect(formatCount(99_999_999, { approximate: true }).text).toBe("近1亿");
    });

    it("rounds halves away from zero on the decimal figure, not the binary one", () => {
      expect(formatCount(1.005).text).toBe("1.01");
      expect(formatCount(12_345).text).toBe("1.23万");
      expect(formatCount(12_355).text).toBe("1.24万");
    });

    it("treats float noise of a sum as the exact figure", () => {
      expect(formatCount(150_000.00000000003, { approximate: true, decimals: 0 }).text).toBe("15万");
    });

    it("writes a negative figure with a minus sign, the marker describing its size", () => {
      expect(formatCount(-123_456).text).toBe("-12.35万");
      expect(formatCount(-203_000, { approximate: true, decimals: 0 }).text).toBe("-20万余");
    });

    it("never writes -0", () => {
      expect(formatCount(-0.001).text).toBe("0");
    });

    it("throws on a value that is not a finite number", () => {
      expect(() => formatCount(Number.NaN)).toThrow(RangeError);
      expect(() => formatCount(Number.POSITIVE_INFINITY)).toThrow(/有限数字/);
    });

    it("throws on an impossible number of decimals", () => {
      expect(() => formatCount(1, { decimals: -1 })).toThrow(RangeError);
      expect(() => formatCount(1, { decimals: 1.5 })).toThrow(/小数位数/);
    });
  });

  describe("property: the text reads back to the raw value", () => {
    const settings = fc.record({
      decimals: fc.integer({ min: 0, max: 3 }),
      approximate: fc.boolean(),
      rounding: fc.constantFrom("nearest" as const, "down" as const),
      downMarker: fc.constantFrom("余" as const, "多" as const),
    });
    const values = fc.oneof(fc.integer({ min: 0, max: 10 ** 13 }), fc.integer({ min: 0, max: 10 ** 9 }).map((cents) => cents / 100));

    it("shows a figure within its rounding of the raw value, on the side its marker says", () => {
      fc.assert(
        fc.property(values, settings, (value, options) => {
          const formatted = formatCount(value, { ...options, unit: "人" });
          const { digits, shown, exponent, marker } = readBack(formatted.text, "人");
          const step = 10 ** (exponent - options.decimals);
          const slack = 1e-9 * Math.max(1, value);
          const gap = value - shown;
          expect(formatted.value).toBe(value);
          expect(digits.split(".")[1]?.length ?? 0).toBeLessThanOrEqual(options.decimals);
          expect(digits).not.toMatch(/\.\d*0$/);
          if (exponent < 12) expect(Number(digits)).toBeLessThan(10_000);
          if (options.rounding === "down") expect(gap).toBeGreaterThanOrEqual(-slack);
          expect(Math.abs(gap)).toBeLessThanOrEqual((options.rounding === "down" ? step : step / 2) + slack);
          if (marker === "余" || marker === "多") expect(gap).toBeGreaterThan(0);
          if (marker === "近") expect(gap).toBeLessThan(0);
          if (options.approximate && exponent > 0 && marker === undefined) expect(Math.abs(gap)).toBeLessThanOrEqual(slack);
          if (!options.approximate || exponent === 0) expect(marker).toBeUndefined();
        }),
        { numRuns: 500 },
      );
    });
  });
});
