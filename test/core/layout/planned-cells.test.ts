import { plannedCells, plannedRowCount, type PlannedCell, type RowBlock, type SheetPlan } from "../../../src/core/layout";
import { expandBlocks } from "../../../src/core/layout/planned-cells";

const title: PlannedCell = { row: 0, col: 0, value: "台账", style: "title", locked: true };
const head: PlannedCell = { row: 1, col: 0, value: "序号", style: "tableHead", locked: true };
const footer: PlannedCell = { row: 9, col: 1, value: "合计", style: "section", locked: true };

/** Two rows of 序号 · 问题 · 金额, standing after the head. */
function block(at: number): RowBlock {
  return {
    at,
    top: 2,
    left: 0,
    rowCount: 2,
    looks: [
      { style: "serial", locked: true },
      { style: "input", locked: false, numberFormat: "General", textFormat: "@" },
      { style: "computed", locked: true, numberFormat: "#,##0.00", textFormat: "@" },
    ],
    columns: [
      [1, 2],
      ["制度不健全", null],
      [12.5, "约3万"],
    ],
  };
}

function planOf(cells: PlannedCell[], blocks?: RowBlock[]): Pick<SheetPlan, "cells" | "blocks"> {
  return blocks ? { cells, blocks } : { cells };
}

describe("plannedCells", () => {
  it("gives a plan's own list of cells when it holds no blocks", () => {
    const cells = [title, head];
    expect(plannedCells(planOf(cells))).toBe(cells);
  });

  it("puts a block's cells where it stands among the cells, row by row, each with its column's look (a text's own format for text)", () => {
    expect(plannedCells(planOf([title, head, footer], [block(2)]))).toStrictEqual([
      title,
      head,
      { row: 2, col: 0, value: 1, style: "serial", locked: true },
      { row: 2, col: 1, value: "制度不健全", style: "input", locked: false, numberFormat: "@" },
      { row: 2, col: 2, value: 12.5, style: "computed", locked: true, numberFormat: "#,##0.00" },
      { row: 3, col: 0, value: 2, style: "serial", locked: true },
      { row: 3, col: 1, value: null, style: "input", locked: false, numberFormat: "General" },
      { row: 3, col: 2, value: "约3万", style: "computed", locked: true, numberFormat: "@" },
      footer,
    ]);
  });

  it("counts a block's rows among the rows used, without expanding it", () => {
    expect(plannedRowCount(planOf([title, head], [block(2)]))).toBe(4);
    expect(plannedRowCount(planOf([title, head, footer], [block(2)]))).toBe(10);
  });

  it("turns a plan's blocks into the same cells in place, for code that changes cells one by one", () => {
    const plan = { ...planOf([title, head, footer], [block(2)]) } as SheetPlan;
    const expected = plannedCells(plan);
    expandBlocks(plan);
    expect(plan.blocks).toBeUndefined();
    expect(plan.cells).toStrictEqual(expected);
  });

  describe("edge cases", () => {
    it("places blocks by where they stand, whatever their order in the list: at the start, between cells, after the last", () => {
      const first = { ...block(0), top: 0, rowCount: 1, columns: [[1], ["甲"], [1]] };
      const last = { ...block(2), top: 5, rowCount: 1, columns: [[9], ["乙"], [2]] };
      const rows = plannedCells(planOf([title, head], [last, first])).map((c) => [c.row, c.col, c.value]);
      expect(rows).toEqual([
        [0, 0, 1],
        [0, 1, "甲"],
        [0, 2, 1],
        [0, 0, "台账"],
        [1, 0, "序号"],
        [5, 0, 9],
        [5, 1, "乙"],
        [5, 2, 2],
      ]);
    });

    it("makes nothing of a block without rows", () => {
      const empty = { ...block(1), rowCount: 0, columns: [[], [], []] };
      expect(plannedCells(planOf([title, head], [empty]))).toStrictEqual([title, head]);
      expect(plannedRowCount(planOf([title], [empty]))).toBe(1);
    });
  });
});
