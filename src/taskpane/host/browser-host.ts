import { message } from "../../core/locale";
import type { XlsxWorkbook } from "../../workbook/xlsx";
import { newWorkbookId } from "../drafts";
import { downloadBytes } from "./download-bytes";
import type { BrowserHost, BrowserWorkbook } from "./taskpane-host";

/**
 * The browser page's host: workbooks held in the page through the ExcelJS adapter. ExcelJS is large,
 * so it is loaded on first use (its own chunk) and the Excel path never pays for it.
 */
export function createBrowserHost(): BrowserHost {
  const adapter = () => import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx");
  const wrap = async (book: XlsxWorkbook): Promise<BrowserWorkbook> => {
    const { XlsxFindingMarker } = await adapter();
    // A workbook without an id (made elsewhere) gets one now; it goes into the file when downloaded.
    if (!book.identifier) book.identifier = newWorkbookId();
    return { id: book.identifier, port: book, marker: new XlsxFindingMarker(book), fileName: book.fileName, toBytes: () => book.toBytes() };
  };
  return {
    mode: "browser",
    async createWorkbook(fileName) {
      const { XlsxWorkbook } = await adapter();
      return wrap(XlsxWorkbook.create(fileName ?? message("ui.workbook.default-name")));
    },
    async openWorkbook(file) {
      const { XlsxWorkbook } = await adapter();
      return wrap(await XlsxWorkbook.load(file.bytes, file.name));
    },
    download: (bytes, fileName) => downloadBytes(bytes, fileName),
  };
}
