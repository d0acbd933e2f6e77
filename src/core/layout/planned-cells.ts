import type { ColumnLook, PlannedCell, PlannedScalar, RowBlock, SheetPlan } from "./sheet-plan";

/** The cell a block's look gives a value: the PlannedCell the block stands for. */
export function blockCell(row: number, col: number, value: PlannedScalar, look: ColumnLook): PlannedCell {
  const numberFormat = typeof value === "string" && look.textFormat !== undefined ? look.textFormat : look.numberFormat;
  return numberFormat === undefined ? { row, col, value, style: look.style, locked: look.locked } : { row, col, value, style: look.style, locked: look.locked, numberFormat };
}

function pushBlockCells(out: PlannedCell[], block: RowBlock): void {
  for (let r = 0; r < block.rowCount; r++)
    for (let c = 0; c < block.columns.length; c++) out.push(blockCell(block.top + r, block.left + c, block.columns[c][r], block.looks[c]));
}

/**
 * Every cell of a plan, as one list in the order planned: its cells with each block's rows expanded in
 * the place the block stands (see RowBlock). The one way a reader of a plan sees its cells — the ExcelJS
 * renderer, the Office adapter, a form read back — so a sheet held in blocks is the same sheet to them.
 * The plan's own list when it has no blocks; a new list otherwise (changing it changes no plan).
 */
export function plannedCells(plan: Pick<SheetPlan, "cells" | "blocks">): PlannedCell[] {
  const blocks = plan.blocks ?? [];
  if (blocks.length === 0) return plan.cells;
  const out: PlannedCell[] = [];
  let next = 0;
  for (const block of [...blocks].sort((a, b) => a.at - b.at)) {
    for (; next < block.at && next < plan.cells.length; next++) out.push(plan.cells[next]);
    pushBlockCells(out, block);
  }
  for (; next < plan.cells.length; next++) out.push(plan.cells[next]);
  return out;
}

/** Rows a plan uses (its last used row + 1), blocks included, without expanding them. */
export function plannedRowCount(plan: Pick<SheetPlan, "cells" | "blocks">): number {
  let count = 0;
  for (const cell of plan.cells) if (cell.row + 1 > count) count = cell.row + 1;
  for (const block of plan.blocks ?? []) if (block.rowCount > 0 && block.top + block.rowCount > count) count = block.top + block.rowCount;
  return count;
}

/** A plan's blocks turned into cells in place, for code that changes cells one by one (PlanCellIndex). */
export function expandBlocks(plan: SheetPlan): void {
  if (!plan.blocks) return;
  plan.cells = plannedCells(plan);
  delete plan.blocks;
}
