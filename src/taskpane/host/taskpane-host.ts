import type { FindingMarker } from "../../workbook/finding-marker";
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
  /** Identifies the open workbook for drafts: an id kept in the workbook's own settings. */
  workbookKey: string;
  activeSheet: ActiveSheetSource;
  /** Audit findings marked on the open workbook's sheets (fill and note). */
  marker: FindingMarker;
  /** Take the clerk to a cell: activate its sheet and select the cell or range ("D7", "A4:K4"). */
  selectCell(sheetName: string, address: string): Promise<void>;
  /** Put the 综述 paragraph into the selected cell. */
  insertAtSelection(text: string): Promise<void>;
}

/** The active worksheet in Excel, and news when the clerk switches to another one. */
export interface ActiveSheetSource {
  current(): Promise<string>;
  /** Calls `listener` with the newly active sheet's name; resolves to an unsubscribe function. */
  subscribe(listener: (sheetName: string) => void): Promise<() => void>;
}

export interface BrowserHost {
  mode: "browser";
  /** A new, empty workbook held in the page; it downloads under `fileName` when given. */
  createWorkbook(fileName?: string): Promise<BrowserWorkbook>;
  openWorkbook(file: { name: string; bytes: Uint8Array }): Promise<BrowserWorkbook>;
  /** Hands the bytes to the browser as a download. */
  download(bytes: Uint8Array, fileName: string): void;
}

/** A workbook held in the page: a port over it, its audit marks, the name it downloads under, and its bytes. */
export interface BrowserWorkbook {
  /** The id kept in the workbook itself (its document keywords), the same under any file name; drafts are kept under it. */
  id: string;
  port: WorkbookPort;
  marker: FindingMarker;
  fileName: string;
  toBytes(): Promise<Uint8Array>;
}
