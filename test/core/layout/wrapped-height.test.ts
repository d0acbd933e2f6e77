import { growRowForText, wrappedHeight } from "../../../src/core/layout/wrapped-height";

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

/** A text that counts the characters read from it: how much of it was measured. */
function countedText(text: string): { text: string; read: () => number } {
  let read = 0;
  const counted = { length: text.length, indexOf: (s: string) => text.indexOf(s), charCodeAt: (i: number) => (read++, text.charCodeAt(i)) };
  return { text: counted as unknown as string, read: () => read };
}

describe("growRowForText", () => {
  it("grows a row to its text's height and never shrinks it", () => {
    const heights: Record<number, number> = {};
    growRowForText(heights, 3, "一二三四五六七八九", 10);
    expect(heights[3]).toBe(33);
    growRowForText(heights, 3, "已完成", 10);
    expect(heights[3]).toBe(33);
    growRowForText(heights, 3, "一二三四五六七八九十", 10);
    expect(heights[3]).toBe(48);
  });

  it("does not measure a text the row is tall enough for whatever its characters, and measures one it may not be", () => {
    const heights: Record<number, number> = { 3: 33 };
    // 7 characters, 14 units at most in 9 units a line: two lines at most, the row has them.
    const fits = countedText("第1项内容12");
    growRowForText(heights, 3, fits.text, 10);
    expect(fits.read()).toBe(0);
    // 12 characters may need three lines: measured (they need two, 17.6 units).
    const may = countedText("第1项内容1234567");
    growRowForText(heights, 3, may.text, 10);
    expect(may.read()).toBe(12);
    expect(heights[3]).toBe(33);
    // A line break starts a line of its own: always measured.
    const broken = countedText("甲\n乙");
    growRowForText(heights, 3, broken.text, 10);
    expect(broken.read()).toBe(3);
  });

  it("gives the height measuring every text would, texts of every width and line breaks mixed", () => {
    const texts = ["", "已完成", "A".repeat(16), "一二三四五六七八九十", "甲\n乙\n\n丁", "𠀀".repeat(5), "第12项内容345678", "a\n" + "一".repeat(30)];
    for (const width of [1, 6, 10, 16, 40])
      for (const order of [texts, [...texts].reverse()]) {
        const heights: Record<number, number> = {};
        for (const text of order) growRowForText(heights, 0, text, width);
        expect(heights[0]).toBe(Math.max(...order.map((text) => wrappedHeight(text, width))));
      }
  });
});
