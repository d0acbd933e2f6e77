import type { Worksheet } from "exceljs";
import type { PrintSetup } from "../../../core/layout";
import { columnLetters } from "../../../core/sheet";
import { PAPER_A4 } from "./sheet-look";

/**
 * A plan's page setup on a worksheet: paper, orientation, a fixed scale (not "fit to page", which
 * would shrink a wide table to any size), margins, the rows and columns repeated on each page, the
 * title in the header, page numbers in the footer and the planned page breaks.
 */
export function renderPrintSetup(ws: Worksheet, print: PrintSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_A4,
    orientation: print.orientation,
    fitToPage: false,
    scale: print.scale,
    margins: { ...print.margins },
    horizontalCentered: true,
    printTitlesRow: `${print.titleRows.first + 1}:${print.titleRows.last + 1}`,
    ...(print.titleColumns ? { printTitlesColumn: `${columnLetters(print.titleColumns.first)}:${columnLetters(print.titleColumns.last)}` } : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddHeader: `&C${print.header}`, oddFooter: `&C${print.footer}` };
  // ExcelJS puts a break after the row it is called on (1-based): the row before the planned one.
  for (const row of print.rowBreaks) ws.getRow(row).addPageBreak();
}
