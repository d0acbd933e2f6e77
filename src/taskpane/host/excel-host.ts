import { OfficeFindingMarker, OfficeWorkbook, OfficeWorkbookView } from "../../workbook/office";
import type { ExcelHost } from "./taskpane-host";

/** Drafts of an unsaved workbook (no URL yet) are kept under this name. */
const UNSAVED_WORKBOOK = "(未保存的工作簿)";

function workbookUrl(): string {
  try {
    return Office.context.document.url || UNSAVED_WORKBOOK;
  } catch {
    // Hosts that do not expose the document's URL: drafts are still kept, under one shared name.
    return UNSAVED_WORKBOOK;
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
    workbookKey: workbookUrl(),
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
