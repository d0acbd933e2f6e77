import type { WorkbookPort } from "../../workbook/port";

/** A workbook made in the page for the summary, to download. */
export interface NewWorkbook {
  port: WorkbookPort;
  fileName: string;
  toBytes(): Promise<Uint8Array>;
}

/**
 * Where a summary goes: the open workbook, whose report sheets and 单位名录 can be inputs too and
 * whose cells can be selected (Excel); or a new workbook the clerk downloads (the browser page).
 */
export type SummaryTarget =
  | { kind: "open-workbook"; port: WorkbookPort; selectCell(sheetName: string, address: string): Promise<void> }
  | { kind: "new-workbook"; createWorkbook(fileName: string): Promise<NewWorkbook>; download(bytes: Uint8Array, fileName: string): void };
