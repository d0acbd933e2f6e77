import type { Notice } from "../status";
import type { SheetProposal } from "./create-report";

export interface PickerState {
  templateId?: string;
  /** Set while the clerk is asked whether to replace an existing sheet. */
  asking?: SheetProposal;
  busy?: string;
  notice?: Notice;
}

export type PickerAction =
  | { type: "choose"; templateId: string }
  | { type: "ask"; proposal: SheetProposal }
  | { type: "answered" }
  | { type: "busy"; text: string }
  | { type: "done"; notice: Notice }
  | { type: "dismiss" };

export const initialPickerState: PickerState = {};

export function pickerReducer(state: PickerState, action: PickerAction): PickerState {
  switch (action.type) {
    case "choose":
      return { ...state, templateId: action.templateId, notice: undefined };
    case "ask":
      return { ...state, asking: action.proposal, busy: undefined };
    case "answered":
      return { ...state, asking: undefined };
    case "busy":
      return { ...state, busy: action.text, notice: undefined };
    case "done":
      return { ...state, busy: undefined, notice: action.notice };
    case "dismiss":
      return { ...state, notice: undefined };
  }
}
