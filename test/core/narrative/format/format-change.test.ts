import { formatChange } from "../../../../src/core/narrative/format";

describe("formatChange", () => {
  it("writes a rise against the same period last year: 比上年同期增长12.3%", () => {
    expect(formatChange(112.3, 100)).toEqual({ text: "比上年同期增长12.3%", trend: "up", value: 12.3 });
  });

  it("writes a fall: 比上年同期下降10%", () => {
    expect(formatChange(90, 100)).toEqual({ text: "比上年同期下降10%", trend: "down", value: -10 });
  });

  it("writes a small change as 基本持平", () => {
    expect(formatChange(1003, 1000)).toEqual({ text: "与上年同期基本持平", trend: "flat", value: 0.3 });
  });

  it("writes an unchanged figure as 持平, without 基本", () => {
    expect(formatChange(500, 500)?.text).toBe("与上年同期持平");
  });

  it("writes the change of a rate in 个百分点", () => {
    expect(formatChange(45.6, 43.3, { kind: "points" })).toEqual({ text: "比上年同期提高2.3个百分点", trend: "up", value: 2.3 });
    expect(formatChange(80, 81.5, { kind: "points" })).toEqual({ text: "比上年同期下降1.5个百分点", trend: "down", value: -1.5 });
  });

  it("compares with another period when told, or with none", () => {
    expect(formatChange(120, 100, { compareTo: "上月" })?.text).toBe("比上月增长20%");
    expect(formatChange(120, 100, { compareTo: false })?.text).toBe("增长20%");
    expect(formatChange(100.2, 100, { compareTo: false })?.text).toBe("基本持平");
  });

  it("takes another flat threshold when told", () => {
    expect(formatChange(1003, 1000, { flatThreshold: 0.1 })?.text).toBe("比上年同期增长0.3%");
    expect(formatChange(1020, 1000, { flatThreshold: 5 })?.text).toBe("与上年同期基本持平");
  });

  it("takes the words of a comparison by period: 同比, 环比", () => {
    expect(formatChange(120, 100, { words: { change: "同比", flat: "与上年同期" } })?.text).toBe("同比增长20%");
    expect(formatChange(100.2, 100, { words: { change: "环比", flat: "环比" } })?.text).toBe("环比基本持平");
    expect(formatChange(80, 81.5, { kind: "points", words: { change: "同比", flat: "与上年同期" } })?.text).toBe("同比下降1.5个百分点");
  });

  it("writes a rise from 100% up in times, and a doubling as 翻一番", () => {
    expect(formatChange(212.5, 100)).toEqual({ text: "比上年同期增长1.1倍", trend: "up", value: 112.5 });
    expect(formatChange(200, 100)?.text).toBe("比上年同期翻一番");
    expect(formatChange(450, 150)?.text).toBe("比上年同期增长2倍");
    expect(formatChange(199.9, 100)?.text).toBe("比上年同期增长99.9%");
    expect(formatChange(212.5, 100, { timesFrom: false })?.text).toBe("比上年同期增长112.5%");
    expect(formatChange(70, 20, { kind: "points" })?.text).toBe("比上年同期提高50个百分点");
  });

  describe("edge cases", () => {
    it("gives undefined when the previous figure is missing", () => {
      expect(formatChange(100, undefined)).toBeUndefined();
      expect(formatChange(100, null)).toBeUndefined();
      expect(formatChange(undefined, 100)).toBeUndefined();
    });

    it("gives undefined for growth from 0, which has no percentage", () => {
      expect(formatChange(5, 0)).toBeUndefined();
    });

    it("writes 0 against 0 as 持平", () => {
      expect(formatChange(0, 0)?.text).toBe("与上年同期持平");
    });

    it("counts a change at the threshold as a change", () => {
      expect(formatChange(100.5, 100)?.text).toBe("比上年同期增长0.5%");
    });

    it("writes a change that rounds to 0 as 基本持平 even with no threshold", () => {
      expect(formatChange(100.01, 100, { flatThreshold: 0 })?.text).toBe("与上年同期基本持平");
    });

    it("measures a change from a negative figure against its size", () => {
      expect(formatChange(-50, -100)).toEqual({ text: "比上年同期增长50%", trend: "up", value: 50 });
    });

    it("writes a fall to 0 as 下降100%", () => {
      expect(formatChange(0, 40)?.text).toBe("比上年同期下降100%");
    });

    it("throws on a value that is not a finite number", () => {
      expect(() => formatChange(Number.NaN, 1)).toThrow(RangeError);
    });
  });
});
