import { compareUnitNames } from "../../../src/core/consolidate";

const sorted = (names: string[]) => [...names].sort(compareUnitNames);

describe("compareUnitNames", () => {
  it("lists 第2社区 before 第10社区, as a clerk counts, not as code points do", () => {
    expect(sorted(["第10社区", "第2社区", "第1社区", "第21社区", "第3社区"])).toEqual(["第1社区", "第2社区", "第3社区", "第10社区", "第21社区"]);
  });

  it("reads Chinese numerals by value: 二 before 十, 十二 before 一百零五", () => {
    expect(sorted(["第十中学", "第二中学", "第一百零五中学", "第十二中学"])).toEqual(["第二中学", "第十中学", "第十二中学", "第一百零五中学"]);
  });

  it("puts the rest in pinyin order (北关 bei, 城关 cheng, 东关 dong)", () => {
    expect(sorted(["东关街道", "城关镇", "北关街道"])).toEqual(["北关街道", "城关镇", "东关街道"]);
  });

  it("orders the same names the same way whatever order they come in", () => {
    const names = ["第10社区", "城关镇", "第2社区", "第二社区", "北关街道", "第２社区"];
    expect(sorted([...names].reverse())).toEqual(sorted(names));
  });

  describe("edge cases", () => {
    it("keeps words that merely contain a numeral's multiplier as words (百花, 万达)", () => {
      expect(sorted(["万达社区", "百花社区"])).toEqual(["百花社区", "万达社区"]);
    });
    it("gives two different spellings of one number a fixed order, never 0", () => {
      expect(compareUnitNames("第2社区", "第二社区")).not.toBe(0);
      expect(Math.sign(compareUnitNames("第2社区", "第二社区"))).toBe(-Math.sign(compareUnitNames("第二社区", "第2社区")));
    });
    it("puts a shorter name first when it is the start of a longer one", () => {
      expect(sorted(["城关镇中心", "城关镇"])).toEqual(["城关镇", "城关镇中心"]);
    });
    it("loads the pinyin collation only when two names differ in their words, not for names alike but for their numbers", () => {
      const collator = jest.spyOn(Intl, "Collator");
      try {
        jest.isolateModules(() => {
          const { compareUnitNames: compare } = jest.requireActual<typeof import("../../../src/core/consolidate/compare-unit-names")>("../../../src/core/consolidate/compare-unit-names");
          expect(["单位0010", "单位0002", "单位0001"].sort(compare)).toEqual(["单位0001", "单位0002", "单位0010"]);
          expect(["第十社区", "第2社区", "第三社区"].sort(compare)).toEqual(["第2社区", "第三社区", "第十社区"]);
          expect(collator).not.toHaveBeenCalled();
          expect(["东关", "城关", "北关"].sort(compare)).toEqual(["北关", "城关", "东关"]);
          expect(collator).toHaveBeenCalledTimes(1);
        });
      } finally {
        collator.mockRestore();
      }
    });
  });
});
