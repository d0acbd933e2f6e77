import { matchUnit } from "../../../src/core/consolidate";
import { rosterOf } from "../../_support/consolidate-factory";

describe("matchUnit", () => {
  const roster = rosterOf("城关镇", ["东城街道", ["东城", "城东片区"]], "西门社区", "县教育局");

  it("finds a name as written", () => {
    expect(matchUnit("城关镇", roster)).toMatchObject({ unit: { name: "城关镇" }, how: "exact", confidence: 1 });
  });

  it("finds a unit by an alias", () => {
    expect(matchUnit("城东片区", roster)).toMatchObject({ unit: { name: "东城街道" }, how: "alias", matched: "城东片区" });
  });

  it("matches 城关镇人民政府 to 城关镇 once office words are set aside", () => {
    const match = matchUnit("城关镇人民政府", roster);
    expect(match).toMatchObject({ unit: { name: "城关镇" }, how: "normalized" });
    expect(match!.confidence).toBeLessThan(1);
  });

  it("matches a name with full-width letters and spaces", () => {
    expect(matchUnit("西门社区 居委会", roster)).toMatchObject({ unit: { name: "西门社区" }, how: "normalized" });
  });

  it("matches a name with the county before it, loosely and says so", () => {
    const match = matchUnit("某某县城关镇", roster);
    expect(match).toMatchObject({ unit: { name: "城关镇" }, how: "fuzzy" });
    expect(match!.confidence).toBeLessThanOrEqual(0.85);
  });

  describe("edge cases", () => {
    it("does not take 东门社区 for 西门社区", () => {
      expect(matchUnit("东门社区", roster)).toBeUndefined();
    });

    it("refuses to guess between two units a short name fits equally", () => {
      expect(matchUnit("城关", rosterOf("城关镇", "城关村"))).toBeUndefined();
    });

    it("gives nothing for a blank name or an empty roster", () => {
      expect(matchUnit("  ", roster)).toBeUndefined();
      expect(matchUnit("城关镇", { units: [] })).toBeUndefined();
    });

    it("prefers the exact name over another unit's alias spelled the same after normalising", () => {
      const r = rosterOf(["城关镇", []], ["城关社区", ["城关镇社区"]]);
      expect(matchUnit("城关镇", r)!.unit.name).toBe("城关镇");
    });
  });
});
