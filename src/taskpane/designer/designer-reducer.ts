import { checkTemplate, type IndicatorTemplate } from "../../core/template";
import { editColumn, editRow, type ColumnEdit, type RowEdit } from "./_lib/edit-template";

export interface DesignerState {
  sheet?: string;
  template?: IndicatorTemplate;
  /** What the inference was not sure of, worded. */
  notes: string[];
  /** Why the edited template cannot be bound yet (the schema's words); empty when it can. */
  problems: string;
  bound: boolean;
}

export type DesignerAction =
  | { type: "inferred"; sheet: string; template: IndicatorTemplate; notes: string[] }
  | { type: "title"; title: string }
  | { type: "row"; key: string; patch: RowEdit }
  | { type: "column"; key: string; patch: ColumnEdit }
  | { type: "bound" };

export const initialDesignerState: DesignerState = { notes: [], problems: "", bound: false };

/** The edited template, checked again by the schema after every change. */
function edited(state: DesignerState, template: IndicatorTemplate): DesignerState {
  const checked = checkTemplate(template, template.title);
  return { ...state, template, problems: checked.ok ? "" : checked.message, bound: false };
}

export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  switch (action.type) {
    case "inferred":
      return { sheet: action.sheet, template: action.template, notes: action.notes, problems: "", bound: false };
    case "title":
      return state.template ? edited(state, { ...state.template, title: action.title }) : state;
    case "row":
      return state.template ? edited(state, editRow(state.template, action.key, action.patch)) : state;
    case "column":
      return state.template ? edited(state, editColumn(state.template, action.key, action.patch)) : state;
    case "bound":
      return { ...state, bound: true };
  }
}
