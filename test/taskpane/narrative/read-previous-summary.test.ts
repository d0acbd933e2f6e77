import { findSummaries, narrateSummary, writeSheets } from "../../../src/app";
import { summaryPlans } from "../../../src/core/consolidate";
import { summaryNarrative } from "../../../src/core/narrative";
import { readPreviousSummary } from "../../../src/taskpane/narrative/read-previous-summary";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { summaryWorkbook } from "../../_support/summary-workbook";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";

const template = smallIndicatorTemplate();

/** A summary workbook's .xlsx bytes, written as the pane writes one. */
async function summaryBytes(units: Record<string, Record<string, string>>): Promise<Uint8Array> {
  const { result } = summaryWorkbook(template, { units });
  const book = XlsxWorkbook.create("上期汇总.xlsx");
  await writeSheets(book, [...summaryPlans(result, { reportDate: new Date(Date.UTC(2023, 1, 14)) }), ...summaryNarrative(result).plans.slice(1)], { template });
  return book.toBytes();
}

describe("readPreviousSummary", () => {
  it("reads last period's summary from a file, and the narrative states the change against it", async () => {
    const { port } = summaryWorkbook(template, { units: { 城关镇: { total: "92", resumed: "80" } } });
    const [current] = await findSummaries(port, [template]);
    const read = await readPreviousSummary("上期汇总.xlsx", await summaryBytes({ 城关镇: { total: "80", resumed: "60" } }), current);
    if (!read.ok) throw new Error(read.reason);
    expect(read.summary.input.totals.total?.value).toBe(80);
    // A line that states the change ({total|change}), as the built-in forms' defaults have.
    const lines = ["企业总数{total}{total|change}"];
    const compared = narrateSummary(current, { lines, previous: read.summary }).text;
    expect(compared).not.toBe(narrateSummary(current, { lines }).text);
    expect(compared).toMatch(/增长|增加|上升/);
  });

  describe("edge cases", () => {
    it("refuses a file that is no workbook, naming it", async () => {
      const { port } = summaryWorkbook(template);
      const [current] = await findSummaries(port, [template]);
      const read = await readPreviousSummary("上期.xlsx", new Uint8Array([1, 2, 3, 4]), current);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.reason).toContain("上期.xlsx");
    });

    it("refuses a summary of another form", async () => {
      const { port } = summaryWorkbook(template);
      const [current] = await findSummaries(port, [template]);
      const other = { ...current, template: smallLedgerTemplate() };
      const read = await readPreviousSummary("上期汇总.xlsx", await summaryBytes({ 城关镇: { total: "80" } }), other);
      expect(read).toEqual({ ok: false, reason: expect.stringContaining("上期汇总.xlsx") });
    });
  });
});
