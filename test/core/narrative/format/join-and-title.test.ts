import { bookTitle, joinClauses, joinList } from "../../../../src/core/narrative/format";

describe("joinList", () => {
  it("joins items with 、", () => {
    expect(joinList(["84消毒液", "消毒粉", "喷雾器"])).toBe("84消毒液、消毒粉、喷雾器");
  });

  it("ends a partial list with 等", () => {
    expect(joinList(["城关镇", "河口镇"], { partial: true })).toBe("城关镇、河口镇等");
  });

  describe("edge cases", () => {
    it("writes one item alone and no items as nothing", () => {
      expect(joinList(["城关镇"])).toBe("城关镇");
      expect(joinList([])).toBe("");
      expect(joinList([], { partial: true })).toBe("");
    });

    it("leaves out blank items, so no 、、 appears", () => {
      expect(joinList(["a", " ", "", "b "])).toBe("a、b");
    });
  });
});

describe("joinClauses", () => {
  it("joins clauses with ；", () => {
    expect(joinClauses(["已完成整改30个", "正在推进13个"])).toBe("已完成整改30个；正在推进13个");
  });

  describe("edge cases", () => {
    it("drops a clause's own trailing punctuation so the joint is not doubled", () => {
      expect(joinClauses(["一是加强宣传。", "二是强化排查；", "三是做好保障，"])).toBe("一是加强宣传；二是强化排查；三是做好保障");
    });

    it("leaves out blank clauses", () => {
      expect(joinClauses(["a", "", "。", "b"])).toBe("a；b");
    });
  });
});

describe("bookTitle", () => {
  it("puts a name in title marks", () => {
    expect(bookTitle("防疫物资保障统计表")).toBe("《防疫物资保障统计表》");
  });

  describe("edge cases", () => {
    it("does not wrap a name already in 《》 twice", () => {
      expect(bookTitle("《实施方案》")).toBe("《实施方案》");
    });

    it("turns a title inside the title into 〈〉", () => {
      expect(bookTitle("关于印发《实施方案》的通知")).toBe("《关于印发〈实施方案〉的通知》");
      expect(bookTitle("《关于印发《实施方案》的通知》")).toBe("《关于印发〈实施方案〉的通知》");
    });

    it("trims spaces around the name", () => {
      expect(bookTitle(" 方案 ")).toBe("《方案》");
    });
  });
});
