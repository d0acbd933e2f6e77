import { planLedgerSheet, plannedCells } from "../../../src/core/layout";
import { wrappedHeight } from "../../../src/core/layout/wrapped-height";
import { smallLedgerTemplate } from "../../_support/template-factory";

describe("planLedgerSheet with its rows filled in", () => {
  const template = smallLedgerTemplate({ initialRows: 3 });
  const blank = planLedgerSheet(template, "台账");
  const { firstRow, headRow } = blank.anchors.ledger!;
  const long = "整改措施".repeat(30);
  const filled = planLedgerSheet(template, "台账", {}, {
    rowCount: 2,
    columns: [
      [long, "问题二"],
      [44927, null],
      ["已完成", "未启动"],
      [null, 44930],
      ["城关镇", "南湖乡"],
    ],
    added: [{ head: "来源单位", width: 14 }],
  });
  const cells = plannedCells(filled);
  const at = (row: number, col: number) => cells.filter((c) => c.row === row && c.col === col);

  it("makes each cell once with its value: texts kept as text, figures in their column's format, empty cells blank for input", () => {
    expect(at(firstRow, 1)).toEqual([expect.objectContaining({ value: long, style: "input", numberFormat: "@", locked: false })]);
    const blankDate = blank.cells.find((c) => c.row === firstRow && c.col === 2)!;
    expect(at(firstRow, 2)).toEqual([expect.objectContaining({ value: 44927, style: "input", numberFormat: blankDate.numberFormat })]);
    expect(at(firstRow, 4)).toEqual([expect.objectContaining({ value: null, style: "input", numberFormat: blank.cells.find((c) => c.row === firstRow && c.col === 4)!.numberFormat })]);
    // A row past the filled ones stays a blank row of the form, without the added column.
    expect(at(firstRow + 2, 1)).toEqual([expect.objectContaining({ value: null, style: "input" })]);
    expect(at(firstRow + 2, 5)).toEqual([]);
    // One cell per position, in the order a sheet file lists them.
    const keys = cells.map((c) => c.row * 100 + c.col);
    expect(new Set(keys).size).toBe(keys.length);
    const table = cells.filter((c) => c.row >= firstRow);
    expect(table.every((c, i) => i === 0 || c.row > table[i - 1].row || (c.row === table[i - 1].row && c.col > table[i - 1].col))).toBe(true);
  });

  it("adds the read-only columns after the template's own, with their head and width, and grows a row to its longest text", () => {
    expect(at(headRow, 5)).toEqual([expect.objectContaining({ value: "来源单位", style: "tableHead", locked: true })]);
    expect(at(firstRow + 1, 5)).toEqual([expect.objectContaining({ value: "南湖乡", style: "label", numberFormat: "@", locked: true })]);
    expect(filled.columnWidths).toEqual([...blank.columnWidths, 14]);
    expect(filled.rowHeights[firstRow]).toBe(wrappedHeight(long, filled.columnWidths[1]));
    expect(filled.rowHeights[firstRow + 1]).toBe(Math.max(wrappedHeight("问题二", filled.columnWidths[1]), wrappedHeight("南湖乡", 14)));
  });

  it("holds the filled rows as one block of values with a look per column, not a cell object each", () => {
    expect(filled.blocks).toHaveLength(1);
    expect(filled.blocks![0]).toMatchObject({ top: firstRow, left: 0, rowCount: 2 });
    expect(filled.blocks![0].columns).toHaveLength(6);
    // The plan's own cells: the title, the header fields, the head and the one row left blank for entry.
    expect(filled.cells.some((c) => c.row >= firstRow && c.row < firstRow + 2)).toBe(false);
    expect(filled.cells.filter((c) => c.row === firstRow + 2)).toHaveLength(5);
  });

  describe("edge cases", () => {
    it("lays out the blank form as before when nothing is filled in: the same cells, widths and heights", () => {
      const again = planLedgerSheet(template, "台账", {}, { rowCount: 0, columns: [] });
      expect(again.cells).toEqual(blank.cells);
      expect(again.columnWidths).toEqual(blank.columnWidths);
      expect(again.rowHeights).toEqual(blank.rowHeights);
    });
  });
});
