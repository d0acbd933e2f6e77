import { blockBytes, blocksOf, chunkBlocks, jsonBytes } from "../../../../src/workbook/office/_lib/cell-blocks";
import { rectanglesOf } from "../../../../src/workbook/office/_lib/rectangles";
import type { CellWrite } from "../../../../src/workbook/port";

function cellsOf(blocks: ReturnType<typeof blocksOf>): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const b of blocks) b.values.forEach((row, i) => row.forEach((v, j) => cells.set(`${b.top + i},${b.left + j}`, v)));
  return cells;
}

describe("rectanglesOf", () => {
  it("stacks equal runs of columns into rectangles", () => {
    const cells = [];
    for (let r = 3; r < 33; r++) for (let c = 1; c <= 10; c++) cells.push({ row: r, col: c });
    expect(rectanglesOf(cells)).toEqual([{ top: 3, left: 1, bottom: 32, right: 10 }]);
  });

  it("starts a new rectangle where a row's run differs or a row is skipped", () => {
    const cells = [
      { row: 0, col: 0 },
      { row: 0, col: 1 },
      { row: 1, col: 0 },
      { row: 1, col: 1 },
      { row: 2, col: 0 },
      { row: 4, col: 0 },
      { row: 4, col: 3 },
    ];
    expect(rectanglesOf(cells)).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 0, bottom: 2, right: 0 },
      { top: 4, left: 0, bottom: 4, right: 0 },
      { top: 4, left: 3, bottom: 4, right: 3 },
    ]);
  });
});

describe("blocksOf", () => {
  it("covers every write exactly once and adds number formats only where needed", () => {
    const writes: CellWrite[] = [
      { row: 0, col: 0, value: 1 },
      { row: 0, col: 1, value: "=x" },
      { row: 1, col: 0, value: 2 },
      { row: 1, col: 1, value: "ok" },
      { row: 5, col: 5, value: 3 },
    ];
    const blocks = blocksOf(writes);
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toEqual({ top: 0, left: 0, values: [[1, "=x"], [2, "ok"]], numberFormats: [[null, "@"], [null, null]] });
    expect(blocks[1]).toEqual({ top: 5, left: 5, values: [[3]] });
  });
});

describe("chunkBlocks", () => {
  const writes: CellWrite[] = [];
  for (let r = 0; r < 200; r++) for (let c = 0; c < 5; c++) writes.push({ row: r, col: c, value: "汇".repeat(50) });

  it("keeps everything in one request below the limit", () => {
    expect(chunkBlocks(blocksOf(writes), 4 * 1024 * 1024)).toHaveLength(1);
  });

  it("cuts a big block into whole-row parts under the limit, losing no cell", () => {
    const blocks = blocksOf(writes);
    const groups = chunkBlocks(blocks, 40_000);
    const total = blocks.reduce((n, b) => n + blockBytes(b), 0);
    expect(groups.length).toBeGreaterThanOrEqual(Math.ceil(total / 40_000));
    for (const group of groups) expect(group.reduce((n, b) => n + blockBytes(b), 0)).toBeLessThanOrEqual(40_000);
    expect(cellsOf(groups.flat())).toEqual(cellsOf(blocks));
  });

  describe("edge cases", () => {
    it("splits a row too big for one request into single cells", () => {
      const row: CellWrite[] = Array.from({ length: 4 }, (_, c) => ({ row: 0, col: c, value: "x".repeat(3000) }));
      const groups = chunkBlocks(blocksOf(row), 5_000);
      expect(groups).toHaveLength(4);
      expect(groups.flat().every((b) => b.values.length === 1 && b.values[0].length === 1)).toBe(true);
    });

    it("counts CJK text at three bytes a character and escapes at two", () => {
      expect(jsonBytes("汇报")).toBe(2 + 6);
      expect(jsonBytes('a"b')).toBe(2 + 4);
      expect(jsonBytes(12.5)).toBe(4);
      expect(jsonBytes(null)).toBe(4);
    });

    it("gives no parts for no writes", () => {
      expect(chunkBlocks(blocksOf([]), 1000)).toEqual([]);
    });
  });
});
