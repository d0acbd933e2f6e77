import type { SummarySource } from "../../app";

/**
 * The 综述 view. The editor's text is `draft` as typed and `applied` as previewed: the preview follows
 * the draft after a pause, and not while an IME is composing (拼音 half typed is no template).
 */
export interface NarrativeState {
  /** The workbook's summaries; undefined until read. */
  summaries?: SummarySource[];
  /** The 汇总表 chosen (its sheet name). */
  selected?: string;
  draft: string;
  applied: string;
  regionDraft: string;
  region: string;
  composing: boolean;
}

export type NarrativeAction =
  | { type: "found"; summaries: SummarySource[]; selected?: string; text: string }
  | { type: "select"; sheet: string; text: string }
  | { type: "edit"; text: string }
  | { type: "region"; text: string }
  | { type: "composing"; on: boolean }
  | { type: "apply" }
  | { type: "restore"; text: string };

export function initialNarrativeState(region = ""): NarrativeState {
  return { draft: "", applied: "", regionDraft: region, region, composing: false };
}

export function narrativeReducer(state: NarrativeState, action: NarrativeAction): NarrativeState {
  switch (action.type) {
    case "found":
      return { ...state, summaries: action.summaries, selected: action.selected, draft: action.text, applied: action.text };
    case "select":
      // Another summary may be of another form: its own lines, shown at once rather than after the pause.
      return { ...state, selected: action.sheet, draft: action.text, applied: action.text };
    case "edit":
      return { ...state, draft: action.text };
    case "region":
      return { ...state, regionDraft: action.text };
    case "composing":
      return { ...state, composing: action.on };
    case "apply":
      return { ...state, applied: state.draft, region: state.regionDraft };
    case "restore":
      return { ...state, draft: action.text, applied: action.text };
  }
}
