import type { SheetAnchors } from "../layout/sheet-plan";
import { cellAt, type SheetSnapshot } from "../sheet";
import { HEADER_KEYS } from "../template/header-fields";
import { flattenIndicators } from "../template/indicator-tree";
import type { ReportTemplate } from "../template/types";
import { cellText } from "./cell-text";
import { emptyFormState, type FormState } from "./form-state";

/** Read a template sheet back into the form: the inverse of `formToCells` for the cells it writes. */
export function sheetToForm(template: ReportTemplate, anchors: SheetAnchors, sheet: SheetSnapshot): FormState {
  const form = emptyFormState(template.id);
  for (const key of HEADER_KEYS) {
    const at = anchors.header[key];
    const text = at ? cellText(cellAt(sheet, at.row, at.col)) : "";
    if (text) form.header[key] = text;
  }
  if (template.kind === "indicators" && anchors.indicators) {
    for (const { indicator, cell } of flattenIndicators(template)) {
      const at = anchors.indicators[indicator.key];
      if (!at) continue;
      const value = cellText(cellAt(sheet, at.row, at.valueCol));
      const note = cellText(cellAt(sheet, at.row, at.noteCol));
      if (value) form.values[indicator.key] = value;
      if (note) form.notes[cell.row] = note;
    }
  }
  if (template.kind === "ledger" && anchors.ledger) {
    const { firstRow, columns } = anchors.ledger;
    for (let r = firstRow; r < sheet.rows.length; r++) {
      const row: Record<string, string> = {};
      for (const column of template.columns) {
        const text = cellText(cellAt(sheet, r, columns[column.key]));
        if (text) row[column.key] = text;
      }
      form.rows.push(row);
    }
    // Trailing blank rows are the laid-out capacity, not entries.
    while (form.rows.length && Object.keys(form.rows[form.rows.length - 1]).length === 0) form.rows.pop();
  }
  return form;
}
