import type { Cell, Style } from "exceljs";

/**
 * Change a cell's look on a copy of its style. ExcelJS shares one style object between cells that had
 * the same style in a file, and render-plan gives the cells of one look one object, so changing the
 * cell's own object would change every cell of that look.
 */
export function restyle(cell: Cell, change: (style: Partial<Style>) => Partial<Style>): void {
  cell.style = change({ ...cell.style }) as Style;
}
