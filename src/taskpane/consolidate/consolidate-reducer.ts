import type { ConsolidationResult } from "../../core/consolidate";
import type { SheetPlan } from "../../core/layout";
import type { NewWorkbook } from "./summary-target";

/** The summary written: where it went, and what the pane shows of it. */
export interface SummaryOutcome {
  result: ConsolidationResult;
  /** The sheets written, in order, under the names they got. */
  sheets: string[];
  /** The 分单位明细 plan as written, to find a unit's row. */
  detail: SheetPlan;
  /** The browser page's new summary workbook, to download. */
  workbook?: NewWorkbook;
  /** The 催报 notice, when a unit is still 未报 or a file was refused or partly not counted. */
  reminder?: string;
}

export interface ConsolidateState {
  files: File[];
  /** Report sheets of the open workbook taken as inputs (Excel). */
  sheets: string[];
  rosterFile?: File;
  /** Use the open workbook's 单位名录 sheet as the roster (Excel), when no roster file is chosen. */
  useRosterSheet: boolean;
  /** The template chosen; "" recognises it from the files. */
  templateId: string;
  /** 填表人 and 联系电话 of the summary. */
  preparer: string;
  phone: string;
  running?: { stage: "reading" | "writing"; done: number; total: number; name: string };
  outcome?: SummaryOutcome;
  /** The indicator the chart shows, by key. */
  indicator?: string;
  /** The unit last clicked. */
  highlighted?: string;
}

export type ConsolidateAction =
  | { type: "add-files"; files: File[] }
  | { type: "remove-file"; index: number }
  | { type: "clear-files" }
  | { type: "roster-file"; file?: File }
  | { type: "use-roster-sheet"; use: boolean }
  | { type: "toggle-sheet"; sheet: string; on: boolean }
  | { type: "template"; id: string }
  | { type: "signature"; preparer?: string; phone?: string }
  | { type: "progress"; stage: "reading" | "writing"; done: number; total: number; name: string }
  | { type: "written"; outcome: SummaryOutcome }
  | { type: "stopped" }
  | { type: "indicator"; key: string }
  | { type: "highlight"; unit: string };

export const initialConsolidateState: ConsolidateState = { files: [], sheets: [], useRosterSheet: true, templateId: "", preparer: "", phone: "" };

/** The same file picked twice (same name, size and time) is taken once. */
function sameFile(a: File, b: File): boolean {
  return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
}

export function consolidateReducer(state: ConsolidateState, action: ConsolidateAction): ConsolidateState {
  switch (action.type) {
    case "add-files":
      return {
        ...state,
        files: [
          ...state.files,
          ...action.files.filter((f, i) => !state.files.some((g) => sameFile(f, g)) && action.files.findIndex((g) => sameFile(f, g)) === i),
        ],
      };
    case "remove-file":
      return { ...state, files: state.files.filter((_, i) => i !== action.index) };
    case "clear-files":
      return { ...state, files: [] };
    case "roster-file":
      return { ...state, rosterFile: action.file };
    case "use-roster-sheet":
      return { ...state, useRosterSheet: action.use };
    case "toggle-sheet":
      return {
        ...state,
        sheets: action.on
          ? [...state.sheets.filter((s) => s !== action.sheet), action.sheet]
          : state.sheets.filter((s) => s !== action.sheet),
      };
    case "template":
      return { ...state, templateId: action.id };
    case "signature":
      return { ...state, preparer: action.preparer ?? state.preparer, phone: action.phone ?? state.phone };
    case "progress":
      return { ...state, running: { stage: action.stage, done: action.done, total: action.total, name: action.name } };
    case "written":
      return { ...state, running: undefined, outcome: action.outcome, indicator: undefined, highlighted: undefined };
    case "stopped":
      return { ...state, running: undefined };
    case "indicator":
      return { ...state, indicator: action.key };
    case "highlight":
      return { ...state, highlighted: action.unit };
  }
}
