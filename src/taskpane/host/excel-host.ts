import { OfficeFindingMarker, OfficeWorkbook, OfficeWorkbookView } from "../../workbook/office";
import { documentWorkbookId } from "../drafts";
import type { ExcelHost } from "./taskpane-host";

/** Drafts of a workbook whose settings cannot be had are kept under this name. */
const NO_SETTINGS = "(无法读取工作簿设置)";

function workbookId(): string {
  try {
    return documentWorkbookId(Office.context.document.settings);
  } catch {
    // Hosts without document settings: drafts are still kept, under one shared name.
    return NO_SETTINGS;
  }
}

/**
 * Excel's host: the Office.js adapter over the open workbook, its audit marks, the active sheet
 * followed through its events, and taking the clerk to a cell.
 */
export function createExcelHost(): ExcelHost {
  const view = new OfficeWorkbookView();
  return {
    mode: "excel",
    port: new OfficeWorkbook(),
    workbookKey: workbookId(),
    activeSheet: {
      current: () => view.activeSheetName(),
      subscribe: async (listener) => {
        const stop = await view.onActiveSheetChanged(listener);
        // Called as the pane goes away; a handler Excel has already dropped needs no removing.
        return () => void stop().catch(() => undefined);
      },
    },
    marker: new OfficeFindingMarker(),
    selectCell: (sheetName, address) => view.selectCell(sheetName, address),
    insertAtSelection: (text) => view.insertTextAtSelection(text),
  };
}
