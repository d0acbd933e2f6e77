import type { FormCellWrite } from "../../src/core/form";
import type { SheetPlan } from "../../src/core/layout";
import type { CellValue, SheetSnapshot } from "../../src/core/sheet";

/** A snapshot from rows of values, as an adapter would read them. */
export function sheetOf(rows: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { name: "Sheet1", visibility: "visible", rows, merges: [], ...extra };
}

/** The snapshot of a planned sheet after some writes: what reading the sheet back would give. */
export function sheetFromPlan(plan: SheetPlan, writes: readonly FormCellWrite[] = []): SheetSnapshot {
  const rows: CellValue[][] = [];
  const put = (row: number, col: number, value: CellValue) => {
    while (rows.length <= row) rows.push([]);
    while (rows[row].length <= col) rows[row].push(null);
    rows[row][col] = value;
  };
  for (const cell of plan.cells) put(cell.row, cell.col, cell.value);
  for (const write of writes) put(write.row, write.col, write.value);
  return { name: plan.sheetName, visibility: "visible", rows, merges: plan.merges };
}
