import { formToCells, type FormState } from "../../../core/form";
import type { SheetPlan } from "../../../core/layout";
import type { ReportTemplate } from "../../../core/template";
import type { CellValue, SheetSnapshot } from "../../../core/sheet";

/**
 * The sheet a save of the form would leave: the planned sheet with the form's values written into
 * their anchored cells, as the adapter would read it back. The audit then reads it as it reads any
 * sheet, so the form and the 审核 view say the same thing about the same value.
 */
export function formSnapshot(template: ReportTemplate, plan: SheetPlan, form: FormState): SheetSnapshot {
  const rows: CellValue[][] = [];
  const put = (row: number, col: number, value: CellValue) => {
    while (rows.length <= row) rows.push([]);
    while (rows[row].length <= col) rows[row].push(null);
    rows[row][col] = value;
  };
  for (const cell of plan.cells) put(cell.row, cell.col, cell.value);
  for (const write of formToCells(template, plan.anchors, form)) put(write.row, write.col, write.value);
  return { name: plan.sheetName, visibility: "visible", rows, merges: plan.merges };
}
