import type { FormState } from "../../core/form";
import type { HeaderKey } from "../../core/template";
/** The form feature's state: what is typed, and whether it differs from the sheet. */
export interface FormModel {
  form: FormState;
  /** Changed since the last read or save: the draft holds what the sheet does not. */
  dirty: boolean;
  /** Ledger rows the sheet held at the last read or save, so a save clears rows removed since. */
  sheetRowCount: number;
  /** When the content last changed (ISO). */
  changedAt: string;
  /** Asking whether to overwrite unsaved changes with the sheet's contents. */
  confirmingRead: boolean;
}

export type FormAction =
  | { type: "header"; key: HeaderKey; value: string }
  | { type: "value"; key: string; value: string }
  | { type: "note"; key: string; value: string }
  | { type: "cell"; row: number; column: string; value: string }
  | { type: "add-row" }
  | { type: "remove-row"; row: number }
  /** The sheet's content; `keepEdits` (the automatic read on opening) leaves anything typed meanwhile alone. */
  | { type: "loaded"; form: FormState; sheetRowCount: number; keepEdits?: boolean }
  /** `form` is what was written: edits made while saving stay unsaved. */
  | { type: "saved"; form: FormState; sheetRowCount: number }
  | { type: "confirm-read"; open: boolean };

/** A record with one entry set, or removed when blank, so an emptied field leaves nothing behind. */
function withEntry<K extends string>(record: Partial<Record<K, string>>, key: K, value: string): Partial<Record<K, string>> {
  const next = { ...record };
  if (value === "") delete next[key];
  else next[key] = value;
  return next;
}

function edited(state: FormModel, form: FormState): FormModel {
  return { ...state, form, dirty: true, changedAt: new Date().toISOString() };
}

export function formReducer(state: FormModel, action: FormAction): FormModel {
  const form = state.form;
  switch (action.type) {
    case "header":
      return edited(state, { ...form, header: withEntry(form.header, action.key, action.value) });
    case "value":
      return edited(state, { ...form, values: withEntry(form.values, action.key, action.value) as Record<string, string> });
    case "note":
      return edited(state, { ...form, notes: withEntry(form.notes, action.key, action.value) as Record<string, string> });
    case "cell": {
      const rows = form.rows.map((row, i) =>
        i === action.row ? (withEntry(row, action.column, action.value) as Record<string, string>) : row,
      );
      return edited(state, { ...form, rows });
    }
    case "add-row":
      return edited(state, { ...form, rows: [...form.rows, {}] });
    case "remove-row":
      return edited(state, { ...form, rows: form.rows.filter((_, i) => i !== action.row) });
    case "loaded":
      if (action.keepEdits && state.dirty) return { ...state, sheetRowCount: action.sheetRowCount };
      return { ...state, form: action.form, dirty: false, sheetRowCount: action.sheetRowCount, confirmingRead: false };
    case "saved":
      return { ...state, dirty: state.form !== action.form, sheetRowCount: action.sheetRowCount };
    case "confirm-read":
      return { ...state, confirmingRead: action.open };
  }
}
