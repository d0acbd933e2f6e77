import { normalizeUnitName } from "../../../src/core/consolidate";

describe("normalizeUnitName", () => {
  it.each([
    ["城关镇人民政府", "城关镇"],
    ["城关镇政府", "城关镇"],
    ["城关镇", "城关镇"],
    [" 城关 镇 ", "城关镇"],
    ["城东街道办事处", "城东街道"],
    ["城东办事处", "城东街道"],
    ["东门社区居委会", "东门社区"],
    ["东门社区居民委员会", "东门社区"],
    ["东门村村民委员会", "东门村"],
    ["东门村委会", "东门村"],
    ["经开区管委会", "经开区"],
    ["城关镇（盖章）", "城关镇"],
    ["ＡＢＣ公司", "abc公司"],
    ["县委宣传部", "县委宣传部"],
  ])("reads %s as %s", (raw, key) => {
    expect(normalizeUnitName(raw)).toBe(key);
  });

  describe("edge cases", () => {
    it("keeps a name that is nothing but an office word", () => {
      expect(normalizeUnitName("人民政府")).toBe("人民政府");
      expect(normalizeUnitName("村委会")).toBe("村委会");
    });

    it("gives an empty key for punctuation only", () => {
      expect(normalizeUnitName(" —— ")).toBe("");
    });
  });
});
