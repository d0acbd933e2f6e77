import type { WorkbookPort } from "../../workbook/port";
import type { BrowserWorkbook } from "../host";
import type { Notice } from "../status";

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
  busy?: string;
  notice?: Notice;
}

export type BrowserAction =
  | { type: "busy"; text: string }
  | { type: "opened"; workbook: BrowserWorkbook; port: WorkbookPort; notice: Notice }
  | { type: "choose-sheet"; sheet: string }
  | { type: "modified" }
  | { type: "downloaded"; notice: Notice }
  | { type: "failed"; notice: Notice }
  | { type: "dismiss" };

export const initialBrowserState: BrowserState = { modified: false, serial: 0 };

export function browserReducer(state: BrowserState, action: BrowserAction): BrowserState {
  switch (action.type) {
    case "busy":
      return { ...state, busy: action.text, notice: undefined };
    case "opened":
      return {
        workbook: action.workbook,
        port: action.port,
        sheet: undefined,
        serial: state.serial + 1,
        modified: false,
        notice: action.notice,
      };
    case "choose-sheet":
      return { ...state, sheet: action.sheet };
    case "modified":
      return state.modified ? state : { ...state, modified: true };
    case "downloaded":
      return { ...state, busy: undefined, modified: false, notice: action.notice };
    case "failed":
      return { ...state, busy: undefined, notice: action.notice };
    case "dismiss":
      return { ...state, notice: undefined };
  }
}
