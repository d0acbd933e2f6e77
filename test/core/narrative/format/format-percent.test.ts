import { formatPercent, formatRate } from "../../../../src/core/narrative/format";

describe("formatPercent", () => {
  it.each([
    [87.6, "87.6%"],
    [87.64, "87.6%"],
    [87.65, "87.7%"],
    [100, "100%"],
    [0, "0%"],
    [50, "50%"],
    [5.5, "5.5%"],
    [-3.25, "-3.3%"],
    [105, "105%"],
  ])("writes %d as %s", (percent, text) => {
    expect(formatPercent(percent).text).toBe(text);
  });

  it("keeps the raw percentage beside the text", () => {
    expect(formatPercent(87.64)).toEqual({ text: "87.6%", value: 87.64 });
  });

  it("takes another number of decimals when asked", () => {
    expect(formatPercent(87.643, { decimals: 2 }).text).toBe("87.64%");
    expect(formatPercent(87.643, { decimals: 0 }).text).toBe("88%");
  });

  describe("edge cases", () => {
    it("never shows a rate short of 100 as 100%: 99.96% stays 99.96%", () => {
      expect(formatPercent(99.96).text).toBe("99.96%");
      expect(formatPercent(99.951).text).toBe("99.95%");
    });

    it("never shows a rate above 0 as 0%", () => {
      expect(formatPercent(0.04).text).toBe("0.04%");
      expect(formatPercent(-0.004).text).toBe("-0.004%");
    });

    it("cuts toward the inside when three more decimals are not enough", () => {
      expect(formatPercent(99.999999).text).toBe("99.9999%");
      expect(formatPercent(100.000001).text).toBe("100.0001%");
      expect(formatPercent(0.000001).text).toBe("0.0001%");
    });

    it("treats float noise around 100 as 100", () => {
      expect(formatPercent(100.00000000000001).text).toBe("100%");
    });

    it("throws on a value that is not a finite number", () => {
      expect(() => formatPercent(Number.NaN)).toThrow(RangeError);
    });
  });
});

describe("formatRate", () => {
  it("divides and writes a percentage: 92 of 105 companies is 87.6%", () => {
    expect(formatRate(92, 105)).toEqual({ text: "87.6%", value: (92 * 100) / 105 });
  });

  it("writes equal parts as exactly 100%", () => {
    expect(formatRate(0.3, 0.3)).toEqual({ text: "100%", value: 100 });
  });

  it("writes a rate above 100% as it is", () => {
    expect(formatRate(21, 20)?.text).toBe("105%");
  });

  describe("edge cases", () => {
    it("gives undefined for a denominator of 0, leaving the sentence to the caller", () => {
      expect(formatRate(0, 0)).toBeUndefined();
      expect(formatRate(5, 0)).toBeUndefined();
    });

    it("writes 0 of something as 0%", () => {
      expect(formatRate(0, 40)?.text).toBe("0%");
    });

    it("does not round 1 missing of 3000 up to 100%", () => {
      expect(formatRate(2999, 3000)?.text).toBe("99.97%");
    });
  });
});
