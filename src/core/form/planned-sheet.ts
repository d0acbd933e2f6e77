import { plannedCells } from "../layout/planned-cells";
import type { SheetPlan } from "../layout/sheet-plan";
import type { CellValue, SheetSnapshot } from "../sheet";
import type { FormCellWrite } from "./form-to-cells";

/**
 * The sheet a plan leaves after some writes, as an adapter would read it back — so the form's live
 * checks (and tests) read a form exactly as they read any unit's sheet.
 */
export function plannedSheet(plan: SheetPlan, writes: readonly FormCellWrite[] = []): SheetSnapshot {
  const rows: CellValue[][] = [];
  const put = (row: number, col: number, value: CellValue) => {
    while (rows.length <= row) rows.push([]);
    while (rows[row].length <= col) rows[row].push(null);
    rows[row][col] = value;
  };
  for (const cell of plannedCells(plan)) put(cell.row, cell.col, cell.value);
  for (const write of writes) put(write.row, write.col, write.value);
  return { name: plan.sheetName, visibility: "visible", rows, merges: plan.merges };
}
