import { strFromU8, unzipSync } from "fflate";
import { planLedgerSheet, type PlannedScalar } from "../../../../../src/core/layout";
import { findBuiltinTemplate, type LedgerTemplate } from "../../../../../src/core/template";
import { PlannedXlsxWorkbook } from "../../../../../src/workbook/xlsx/write";
import { Utf8Sink } from "../../../../../src/workbook/xlsx/write/_lib/utf8-sink";

/** A rectification ledger of `rows` filled rows (a summary's stacked rows: one block), each column's values varied. */
function ledgerPlan(rows: number) {
  const template = findBuiltinTemplate("rectification") as LedgerTemplate;
  const columns: PlannedScalar[][] = template.columns.map((column, c) =>
    Array.from({ length: rows }, (_, r) => (column.kind === "text" ? `第${r}项整改措施${c}` : r % 7 === 0 ? null : r * 3 + c)),
  );
  // Room for them all, as the summary lays out its stacked rows.
  return planLedgerSheet({ ...template, initialRows: rows }, "汇总表", {}, { rowCount: rows, columns });
}

describe("a block's rows", () => {
  it("makes room in the sink once per row, not once per piece of each cell", async () => {
    const rows = 3000;
    const plan = ledgerPlan(rows);
    const cells = plan.blocks![0].looks.length * rows;
    const texts = plan.blocks![0].columns.flat().filter((value) => typeof value === "string").length;
    const reserve = jest.spyOn(Utf8Sink.prototype, "reserve");
    const workbook = PlannedXlsxWorkbook.create();
    await workbook.createSheet(plan);
    const bytes = await workbook.toBytes();
    const calls = reserve.mock.calls.length;
    reserve.mockRestore();
    // The rows are all there (a text's cell, a number's), each cell once.
    const xml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    expect(xml.match(/<row r="/g)!.length).toBeGreaterThanOrEqual(rows);
    expect(xml).toContain(`<c r="B${plan.blocks![0].top + rows}"`);
    // A call per piece was five or more per cell; now one per row, and the shared strings' one per text.
    expect(calls).toBeLessThan(cells);
    expect(calls).toBeLessThan(rows * 2 + texts);
  });
});
