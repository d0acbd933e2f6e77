import { isSpaceCode, withoutSpaces } from "../../../src/core/_lib/without-spaces";

describe("withoutSpaces", () => {
  it("removes what /\\s+/g removes, for every character of the basic plane", () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      expect([code, isSpaceCode(code)]).toEqual([code, /\s/.test(c)]);
    }
  });

  it("returns a text without spaces as it is, and removes full-width and no-break spaces", () => {
    const text = "第1项内容699276";
    expect(withoutSpaces(text)).toBe(text);
    expect(withoutSpaces(" 第1项\u3000内容\u00a0\n")).toBe("第1项内容");
  });

  describe("edge cases", () => {
    it("keeps an empty text empty and drops a text of spaces alone to empty", () => {
      expect(withoutSpaces("")).toBe("");
      expect(withoutSpaces(" \t\ufeff")).toBe("");
    });
  });
});
