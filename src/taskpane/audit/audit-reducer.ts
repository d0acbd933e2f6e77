import type { AuditOutcome } from "../../app";

/** The 审核 view: the scope chosen, the last run's findings, and what the clerk did with them. */
export interface AuditState {
  scope: "sheet" | "workbook";
  outcome?: AuditOutcome;
  /** The finding last clicked: highlighted in the list (and, in Excel, its cell selected). */
  selected?: string;
  /** The 核实 finding whose 说明 is being written. */
  accepting?: string;
  /** 核实 findings accepted in this run, with the 说明 written and its cell. */
  accepted: Record<string, { cell: string; note: string }>;
}

export type AuditAction =
  | { type: "scope"; scope: AuditState["scope"] }
  | { type: "done"; outcome: AuditOutcome }
  | { type: "select"; id: string }
  | { type: "accepting"; id?: string }
  | { type: "accepted"; id: string; cell: string; note: string };

export const initialAuditState: AuditState = { scope: "sheet", accepted: {} };

export function auditReducer(state: AuditState, action: AuditAction): AuditState {
  switch (action.type) {
    case "scope":
      return { ...state, scope: action.scope };
    case "done":
      // A new run: what was selected, being written or accepted belonged to the previous findings.
      return { ...state, outcome: action.outcome, selected: undefined, accepting: undefined, accepted: {} };
    case "select":
      return { ...state, selected: action.id };
    case "accepting":
      return { ...state, accepting: action.id };
    case "accepted":
      return { ...state, accepting: undefined, accepted: { ...state.accepted, [action.id]: { cell: action.cell, note: action.note } } };
  }
}
