import type { SheetAnchors } from "../layout/sheet-plan";
import type { CellValue } from "../sheet";
import { HEADER_KEYS, headerFields } from "../template/header-fields";
import { flattenIndicators } from "../template/indicator-tree";
import type { ReportTemplate } from "../template/types";
import type { FormState } from "./form-state";
import { toCellValue } from "./to-cell-value";

export interface FormCellWrite {
  row: number;
  col: number;
  value: CellValue;
}

/**
 * Every cell a save writes, in one list, so the adapter can send them in one batch. Every anchored
 * cell is written (blank ones as null) so that clearing a field in the form clears it on the sheet.
 * Ledger rows past the last typed one are cleared up to the larger of the laid-out capacity and
 * `previousRowCount` (what the sheet held before), so a removed row leaves nothing behind.
 */
export function formToCells(template: ReportTemplate, anchors: SheetAnchors, form: FormState, previousRowCount = 0): FormCellWrite[] {
  const writes: FormCellWrite[] = [];
  const kinds = new Map(headerFields(template.periodKind).map((f) => [f.key, f.kind]));
  for (const key of HEADER_KEYS) {
    const at = anchors.header[key];
    if (at) writes.push({ ...at, value: toCellValue(form.header[key] ?? "", kinds.get(key) ?? "text") });
  }
  if (template.kind === "indicators" && anchors.indicators) {
    const noted = new Set<number>();
    for (const { indicator, cell } of flattenIndicators(template)) {
      const at = anchors.indicators[indicator.key];
      if (!at) continue;
      if (!indicator.formula && !indicator.change && !indicator.isTotal)
        writes.push({ row: at.row, col: at.valueCol, value: toCellValue(form.values[indicator.key] ?? "", indicator.kind) });
      // One 备注 a row, kept under the row's key.
      if (noted.has(at.row)) continue;
      noted.add(at.row);
      writes.push({ row: at.row, col: at.noteCol, value: toCellValue(form.notes[cell.row] ?? "", "text") });
    }
  }
  if (template.kind === "ledger" && anchors.ledger) {
    const { firstRow, rowCapacity, columns } = anchors.ledger;
    const rowsToTouch = Math.max(form.rows.length, rowCapacity, previousRowCount);
    for (let i = 0; i < rowsToTouch; i++) {
      const row = form.rows[i];
      writes.push({ row: firstRow + i, col: 0, value: row ? i + 1 : i < rowCapacity ? i + 1 : null });
      for (const column of template.columns) {
        writes.push({ row: firstRow + i, col: columns[column.key], value: toCellValue(row?.[column.key] ?? "", column.kind) });
      }
    }
  }
  return writes;
}
