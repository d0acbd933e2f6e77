import type { WorkbookPort } from "../../workbook/port";
import type { BrowserWorkbook } from "../host";

/** The browser page's workbook: held in the page (and kept in the browser) until the clerk downloads it. */
export interface BrowserState {
  workbook?: BrowserWorkbook;
  /** The workbook's port, reporting writes so the page knows there is something to download. */
  port?: WorkbookPort;
  sheet?: string;
  /** Counts workbooks opened in this page, so everything shown for the previous one starts afresh. */
  serial: number;
  /** Written to since it was opened or last downloaded. */
  modified: boolean;
  /** Counts writes, so the kept copy is taken again after each. */
  changes: number;
}

export type BrowserAction =
  | { type: "opened"; workbook: BrowserWorkbook; port: WorkbookPort; modified?: boolean }
  | { type: "choose-sheet"; sheet: string }
  | { type: "modified" }
  | { type: "downloaded" };

export const initialBrowserState: BrowserState = { modified: false, serial: 0, changes: 0 };

export function browserReducer(state: BrowserState, action: BrowserAction): BrowserState {
  switch (action.type) {
    case "opened":
      return { workbook: action.workbook, port: action.port, sheet: undefined, serial: state.serial + 1, modified: !!action.modified, changes: 0 };
    case "choose-sheet":
      return { ...state, sheet: action.sheet };
    case "modified":
      return { ...state, modified: true, changes: state.changes + 1 };
    case "downloaded":
      return { ...state, modified: false };
  }
}
