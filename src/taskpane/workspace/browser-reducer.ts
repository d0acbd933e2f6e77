import type { WorkbookPort } from "../../workbook/port";
import type { BrowserWorkbook } from "../host";

/** The browser page's workbook: held in the page until the clerk downloads it. */
export interface BrowserState {
  workbook?: BrowserWorkbook;
  /** The workbook's port, reporting writes so the page knows there is something to download. */
  port?: WorkbookPort;
  sheet?: string;
  /** Counts workbooks opened in this page, so everything shown for the previous one starts afresh. */
  serial: number;
  /** Written to since it was opened or last downloaded. */
  modified: boolean;
}

export type BrowserAction =
  | { type: "opened"; workbook: BrowserWorkbook; port: WorkbookPort }
  | { type: "choose-sheet"; sheet: string }
  | { type: "modified" }
  | { type: "downloaded" };

export const initialBrowserState: BrowserState = { modified: false, serial: 0 };

export function browserReducer(state: BrowserState, action: BrowserAction): BrowserState {
  switch (action.type) {
    case "opened":
      return { workbook: action.workbook, port: action.port, sheet: undefined, serial: state.serial + 1, modified: false };
    case "choose-sheet":
      return { ...state, sheet: action.sheet };
    case "modified":
      return state.modified ? state : { ...state, modified: true };
    case "downloaded":
      return { ...state, modified: false };
  }
}
