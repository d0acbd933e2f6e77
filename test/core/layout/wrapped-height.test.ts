import { wrappedHeight } from "../../../src/core/layout/wrapped-height";

/**
 * The height a row needs for its wrapped text: about two width units a Chinese character, 1.2 a Latin
 * one, 15 points a line plus a little padding, each line of the text wrapped on its own.
 */
describe("wrappedHeight", () => {
  it("gives one line to text that fits, and a line more each time the width is used up", () => {
    expect(wrappedHeight("已完成", 10)).toBe(18);
    // 9 characters of 2 units in a cell of 10 (9 units a line): 18 units, two lines.
    expect(wrappedHeight("一二三四五六七八九", 10)).toBe(33);
    expect(wrappedHeight("一二三四五六七八九十", 10)).toBe(48);
  });

  it("counts a Latin letter or digit as 1.2 units", () => {
    // 15 × 1.2 = 18 units: two lines of 9.
    expect(wrappedHeight("A".repeat(15), 10)).toBe(33);
    expect(wrappedHeight("A".repeat(16), 10)).toBe(48);
  });

  it("wraps each line of the text apart, an empty line taking a line of its own", () => {
    expect(wrappedHeight("甲\n乙\n\n丁", 10)).toBe(4 * 15 + 3);
  });

  describe("edge cases", () => {
    it("counts a character outside the basic plane (a surrogate pair) once, as a wide one", () => {
      // 𠀀 is one character in two UTF-16 codes: 2 units, not 4.
      expect(wrappedHeight("𠀀".repeat(4) + "一", 10)).toBe(wrappedHeight("一".repeat(5), 10));
      expect(wrappedHeight("𠀀".repeat(5), 10)).toBe(33);
    });

    it("counts a lone surrogate code as a character of its own", () => {
      expect(wrappedHeight("\ud800".repeat(5), 10)).toBe(33);
      expect(wrappedHeight("\udc00\ud800".repeat(2), 10)).toBe(wrappedHeight("一".repeat(4), 10));
    });

    it("takes a line per unit in a cell too narrow for a character (a line holds one unit at least)", () => {
      expect(wrappedHeight("一二", 1)).toBe(4 * 15 + 3);
    });
  });
});
