import { NARRATIVE_DATA_SHEET } from "../../../src/core/narrative";
import { findSummaries } from "../../../src/app/narrate/find-summaries";
import { smallIndicatorTemplate } from "../../_support/template-factory";
import { summaryWorkbook, unitFormWorkbook } from "../../_support/summary-workbook";

const template = smallIndicatorTemplate();

describe("findSummaries", () => {
  it("finds the 汇总表 and reads the narrative from it and the very hidden data sheet", async () => {
    const { port, result } = summaryWorkbook(template);
    const [summary, ...rest] = await findSummaries(port, [template]);
    expect(rest).toEqual([]);
    expect(summary.sheetName).toBe("汇总表");
    expect(summary.template.id).toBe("small");
    const total = result.totals.find((t) => t.key === "total")!.value;
    expect(summary.input.totals.total?.value).toBe(total);
    // Who reported comes from the data sheet, which only the consolidation knew.
    expect(summary.input.units?.missing).toEqual(["西城街道"]);
    expect(port.calls.readSheet).toContain(NARRATIVE_DATA_SHEET);
  });

  it("reads only the bound sheets and the data sheet, never the clerk's other sheets", async () => {
    const { port } = summaryWorkbook(template);
    await findSummaries(port, [template]);
    expect([...port.calls.readSheet].sort()).toEqual(["_huibao_narrative", "汇总表"].sort());
  });

  it("finds a summary written beside an earlier one as 汇总表(2)", async () => {
    const { port } = summaryWorkbook(template);
    const other = smallIndicatorTemplate({ id: "other", title: "乙统计表" });
    summaryWorkbook(other, { port, sheetSuffix: "(2)" });
    const found = await findSummaries(port, [template, other]);
    expect(found.map((s) => [s.sheetName, s.template.id])).toEqual([
      ["汇总表", "small"],
      ["汇总表(2)", "other"],
    ]);
  });

  describe("edge cases", () => {
    it("finds none in a workbook holding only a unit's own form", async () => {
      const port = unitFormWorkbook(template);
      expect(await findSummaries(port, [template])).toEqual([]);
    });

    it("still finds a 汇总表 the clerk renamed, by the data sheet written for its template", async () => {
      const { port } = summaryWorkbook(template);
      port.sheets.find((s) => s.name === "汇总表")!.name = "全县汇总";
      port.bindings[0]!.sheetName = "全县汇总";
      expect((await findSummaries(port, [template])).map((s) => s.sheetName)).toEqual(["全县汇总"]);
    });

    it("passes on a failure to read", async () => {
      const { port } = summaryWorkbook(template);
      port.failNext("readSheet", new Error("boom"));
      await expect(findSummaries(port, [template])).rejects.toThrow("boom");
    });
  });
});
