import type { WorkbookPort } from "../../workbook/port";

/**
 * What the composition root hands the App: either Excel (one workbook, the active sheet followed
 * through events) or the browser page (workbooks created or opened in the page and downloaded).
 * Components receive ports through these objects and never touch `Excel` or ExcelJS themselves.
 */
export type TaskpaneHost = ExcelHost | BrowserHost;

export interface ExcelHost {
  mode: "excel";
  port: WorkbookPort;
  /** Identifies the open workbook for drafts (its URL, or a stand-in for an unsaved one). */
  workbookKey: string;
  activeSheet: ActiveSheetSource;
}

/** The active worksheet in Excel, and news when the clerk switches to another one. */
export interface ActiveSheetSource {
  current(): Promise<string>;
  /** Calls `listener` with the newly active sheet's name; resolves to an unsubscribe function. */
  subscribe(listener: (sheetName: string) => void): Promise<() => void>;
}

export interface BrowserHost {
  mode: "browser";
  createWorkbook(): Promise<BrowserWorkbook>;
  openWorkbook(file: { name: string; bytes: Uint8Array }): Promise<BrowserWorkbook>;
  /** Hands the bytes to the browser as a download. */
  download(bytes: Uint8Array, fileName: string): void;
}

/** A workbook held in the page: a port over it, the name it downloads under, and its bytes. */
export interface BrowserWorkbook {
  port: WorkbookPort;
  fileName: string;
  toBytes(): Promise<Uint8Array>;
}
