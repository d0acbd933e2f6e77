import { LEGIBLE_SCALE } from "../../../src/core/layout";
import { planNarrativeSheet } from "../../../src/core/narrative";

const template = { title: "复工复产统计表" };

describe("planNarrativeSheet", () => {
  it("puts the paragraph in one wrapped cell as wide as a portrait page, under the title", () => {
    const plan = planNarrativeSheet(template, "截至2月20日24时，全县6个单位中已报送5个。");
    expect(plan.cells.find((c) => c.row === 0 && c.col === 0)?.value).toBe("复工复产统计表综述");
    const paragraph = plan.cells.find((c) => c.style === "paragraph" && c.value !== null)!;
    expect(paragraph).toMatchObject({ row: 2, col: 0, value: "截至2月20日24时，全县6个单位中已报送5个。" });
    expect(plan.merges).toContainEqual({ top: 2, left: 0, bottom: 2, right: plan.columnWidths.length - 1 });
    expect(plan.print).toMatchObject({ orientation: "portrait", scale: 100, title: "复工复产统计表综述", rowBreaks: [] });
  });

  it("gives a longer paragraph more height, spread over rows merged into its one cell past Excel's 409-point row", () => {
    const short = planNarrativeSheet(template, "短。");
    const long = planNarrativeSheet(template, "全县规上工业企业3126家已复工2765家，复工率为88.5%。".repeat(40));
    expect(long.rowHeights[2]).toBeGreaterThan(short.rowHeights[2]);
    const merge = long.merges.find((m) => m.top === 2)!;
    expect(merge.bottom).toBeGreaterThan(2);
    for (let row = 2; row <= merge.bottom; row++) expect(long.rowHeights[row]).toBeLessThanOrEqual(409);
    expect(long.cells.filter((c) => c.style === "paragraph" && c.value !== null)).toHaveLength(1);
    expect(long.print.scale).toBeGreaterThanOrEqual(LEGIBLE_SCALE);
  });

  describe("edge cases", () => {
    it("keeps the paragraph breaks of the text in the cell, each counted as lines of its own", () => {
      const one = planNarrativeSheet(template, "第一段。第二段。");
      const two = planNarrativeSheet(template, "第一段。\n第二段。");
      expect(two.cells.find((c) => c.style === "paragraph" && c.value !== null)?.value).toBe("第一段。\n第二段。");
      expect(two.rowHeights[2]).toBeGreaterThan(one.rowHeights[2]);
    });
  });
});
