import fc from "fast-check";
import { isNfkcInertChar, nfkc } from "../../../src/core/_lib/nfkc";

describe("nfkc", () => {
  it("keeps every character it calls inert as it is", () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (!isNfkcInertChar(code)) continue;
      const char = String.fromCharCode(code);
      expect(char.normalize("NFKC")).toBe(char);
    }
  });

  it("folds like String.prototype.normalize on clerks' text", () => {
    const samples = ["累计筹备物资金额", "填报单位：城关镇", "１２３４", "（万元）", "ｋｇ", "①医用口罩", "已 完 成", "３.2万", "e\u0301", "x\u0307", "“84”消毒液、酒精。", ""];
    for (const text of samples) expect(nfkc(text)).toBe(text.normalize("NFKC"));
  });

  it("equals String.prototype.normalize on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 12 }), (text) => {
        expect(nfkc(text)).toBe(text.normalize("NFKC"));
      }),
      { numRuns: 2000 },
    );
  });

  it("equals it on text of inert characters followed by anything (nothing composes with them)", () => {
    const inert = fc.constantFrom(..."指标名称abcXYZ09 .:-、。“”《》【】");
    fc.assert(
      fc.property(fc.array(inert, { maxLength: 8 }), fc.string({ unit: "binary", maxLength: 3 }), (chars, tail) => {
        const text = chars.join("") + tail;
        expect(nfkc(text)).toBe(text.normalize("NFKC"));
      }),
      { numRuns: 2000 },
    );
  });
});
