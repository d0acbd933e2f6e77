import type { PrintSetup } from "../../../core/layout";
import { columnLetters } from "../../../core/sheet";

const POINTS_PER_INCH = 72;

/**
 * A plan's page setup on a worksheet (ExcelApi 1.9, which the caller checks): paper, orientation,
 * a fixed scale (never "fit to page", which would shrink a wide table to any size), margins, the
 * rows and columns repeated on each page, the title in the header, page numbers in the footer and
 * the planned page breaks. Only queued: the caller syncs.
 */
export function queuePageLayout(sheet: Excel.Worksheet, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.paperSize = print.paperSize;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.zoom = { scale: print.scale };
  layout.leftMargin = print.margins.left * POINTS_PER_INCH;
  layout.rightMargin = print.margins.right * POINTS_PER_INCH;
  layout.topMargin = print.margins.top * POINTS_PER_INCH;
  layout.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
  layout.headerMargin = print.margins.header * POINTS_PER_INCH;
  layout.footerMargin = print.margins.footer * POINTS_PER_INCH;
  layout.centerHorizontally = true;
  layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  if (print.titleColumns) layout.setPrintTitleColumns(`$${columnLetters(print.titleColumns.first)}:$${columnLetters(print.titleColumns.last)}`);
  const pages = layout.headersFooters.defaultForAllPages;
  pages.centerHeader = print.header;
  pages.centerFooter = print.footer;
  // A break is added before the top-left cell of the range given.
  for (const row of print.rowBreaks) sheet.horizontalPageBreaks.add(`A${row + 1}`);
}
