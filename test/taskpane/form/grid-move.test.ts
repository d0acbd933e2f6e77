import { gridMove } from "../../../src/taskpane/form/_lib/grid-move";

// A 合计 row (computed) over two categories; the third column is a rate (computed).
const editable = [
  [false, false, false],
  [true, true, false],
  [true, true, false],
];

describe("gridMove", () => {
  it("moves down and up a column, passing over the computed 合计 row", () => {
    expect(gridMove(editable, { row: 1, col: 0 }, "down")).toEqual({ row: 2, col: 0 });
    expect(gridMove(editable, { row: 2, col: 1 }, "up")).toEqual({ row: 1, col: 1 });
    expect(gridMove(editable, { row: 1, col: 1 }, "up")).toBeUndefined();
  });

  it("moves along a row and stays put at its edge, never onto a computed rate", () => {
    expect(gridMove(editable, { row: 1, col: 0 }, "right")).toEqual({ row: 1, col: 1 });
    expect(gridMove(editable, { row: 1, col: 1 }, "right")).toBeUndefined();
    expect(gridMove(editable, { row: 1, col: 0 }, "left")).toBeUndefined();
  });

  describe("edge cases", () => {
    it("stays put below the last row", () => {
      expect(gridMove(editable, { row: 2, col: 0 }, "down")).toBeUndefined();
    });
  });
});
