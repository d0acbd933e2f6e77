import { rosterFromSheet } from "../../../src/core/consolidate";
import { sheetOf } from "../../_support/sheet-factory";
import { problemText } from "../../../src/core/locale";

describe("rosterFromSheet", () => {
  it("reads names, aliases split on 、 , ; / and spaces, and parents", () => {
    const result = rosterFromSheet(
      sheetOf(
        [
          ["县疫情防控指挥部单位名录"],
          ["序号", "单位名称", "别名", "上级单位"],
          [1, "城关镇", "城关、城关镇人民政府", "县政府"],
          [2, "东城街道", "东城,城东片区；东城办 东城街办/东城街道办事处", "县政府"],
          [3, " 县教育局 ", null, null],
        ],
        { name: "名录" },
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.roster.units).toEqual([
      { name: "城关镇", aliases: ["城关", "城关镇人民政府"], parent: "县政府" },
      { name: "东城街道", aliases: ["东城", "城东片区", "东城办", "东城街办", "东城街道办事处"], parent: "县政府" },
      { name: "县教育局", aliases: [] },
    ]);
    expect(result.problems).toEqual([]);
  });

  it("takes 单位名称 over a plain 单位 column and skips 合计 rows", () => {
    const result = rosterFromSheet(sheetOf([["单位", "单位名称"], ["乡镇", "城关镇"], ["乡镇", "合计"], [null, null], ["街道", "东城街道"]]));
    expect(result.ok && result.roster.units.map((u) => u.name)).toEqual(["城关镇", "东城街道"]);
  });

  it("sets aside a unit listed twice, naming both cells", () => {
    const result = rosterFromSheet(sheetOf([["单位名称"], ["城关镇"], ["城关镇人民政府"]], { name: "名录" }));
    expect(result.ok && result.roster.units.map((u) => u.name)).toEqual(["城关镇"]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: "consolidate.roster.duplicate-name", severity: "warning", cell: "A3" });
    expect(problemText(result.problems[0])).toContain("A2");
  });

  it("gives an alias to the first unit that claims it", () => {
    const result = rosterFromSheet(sheetOf([["单位名称", "别名"], ["城关镇", "城关"], ["城关社区", "城关"]]));
    expect(result.ok && result.roster.units[1].aliases).toEqual([]);
    expect(result.problems[0]).toMatchObject({ code: "consolidate.roster.alias-taken", cell: "B3" });
  });

  describe("edge cases", () => {
    it("says in Chinese that a sheet without a name column is not a roster", () => {
      const result = rosterFromSheet(sheetOf([["序号", "指标名称", "数值"], [1, "口罩", 3]], { name: "Sheet1" }));
      expect(result.ok).toBe(false);
      expect(result.problems[0]).toMatchObject({ code: "consolidate.roster.no-head", severity: "error" });
      expect(problemText(result.problems[0])).toContain("工作表“Sheet1”不像单位名录");
    });

    it("says a roster with a head but no units is empty", () => {
      const result = rosterFromSheet(sheetOf([["单位名称", "别名"], [null, null]]));
      expect(result.ok).toBe(false);
      expect(result.problems[0]).toMatchObject({ code: "consolidate.roster.empty", cell: "A1" });
    });
  });
});
