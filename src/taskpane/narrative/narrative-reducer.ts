import type { SheetPlan } from "../../core/layout";
import type { Notice } from "../status";
import type { SummarySource } from "./find-summaries";

/** A 综述 sheet waiting for the clerk's answer: a sheet of that name exists. */
export interface PendingWrite {
  plan: SheetPlan;
  existing: string;
  renamed: string;
}

/**
 * The 综述 view. The editor's text is `draft` as typed and `applied` as previewed: the preview follows
 * the draft after a pause, and not while an IME is composing (拼音 half typed is no template).
 */
export interface NarrativeState {
  busy?: string;
  notice?: Notice;
  /** The workbook's summaries; undefined until read. */
  summaries?: SummarySource[];
  /** The 汇总表 chosen (its sheet name). */
  selected?: string;
  draft: string;
  applied: string;
  regionDraft: string;
  region: string;
  composing: boolean;
  pending?: PendingWrite;
}

export type NarrativeAction =
  | { type: "busy"; text: string }
  | { type: "found"; summaries: SummarySource[]; selected?: string; text: string }
  | { type: "select"; sheet: string; text: string }
  | { type: "edit"; text: string }
  | { type: "region"; text: string }
  | { type: "composing"; on: boolean }
  | { type: "apply" }
  | { type: "restore"; text: string; notice: Notice }
  | { type: "ask"; pending: PendingWrite }
  | { type: "done"; notice: Notice }
  | { type: "dismiss" };

export function initialNarrativeState(region = ""): NarrativeState {
  return { draft: "", applied: "", regionDraft: region, region, composing: false };
}

export function narrativeReducer(state: NarrativeState, action: NarrativeAction): NarrativeState {
  switch (action.type) {
    case "busy":
      return { ...state, busy: action.text, notice: undefined };
    case "found":
      return { ...state, busy: undefined, summaries: action.summaries, selected: action.selected, draft: action.text, applied: action.text };
    case "select":
      // Another summary may be of another form: its own lines, shown at once rather than after the pause.
      return { ...state, selected: action.sheet, draft: action.text, applied: action.text, notice: undefined };
    case "edit":
      return { ...state, draft: action.text };
    case "region":
      return { ...state, regionDraft: action.text };
    case "composing":
      return { ...state, composing: action.on };
    case "apply":
      return { ...state, applied: state.draft, region: state.regionDraft };
    case "restore":
      return { ...state, draft: action.text, applied: action.text, notice: action.notice };
    case "ask":
      return { ...state, busy: undefined, pending: action.pending };
    case "done":
      return { ...state, busy: undefined, pending: undefined, notice: action.notice };
    case "dismiss":
      return { ...state, notice: undefined };
  }
}
