import type { TemplateBinding } from "../../workbook/port";
import type { Notice } from "../status";

export interface WorkspaceState {
  /** The workbook's template bindings; undefined until first read. */
  bindings?: TemplateBinding[];
  loading: boolean;
  notice?: Notice;
  /** Bumped when a report sheet is created, so bindings are read again and a replaced sheet's form starts afresh. */
  generation: number;
}

export type WorkspaceAction =
  { type: "loading" } | { type: "loaded"; bindings: TemplateBinding[] } | { type: "failed"; notice: Notice } | { type: "created" };

export const initialWorkspaceState: WorkspaceState = { loading: false, generation: 0 };

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case "loading":
      return { ...state, loading: true };
    case "loaded":
      return { ...state, loading: false, bindings: action.bindings, notice: undefined };
    case "failed":
      return { ...state, loading: false, notice: action.notice };
    case "created":
      return { ...state, generation: state.generation + 1 };
  }
}
