import { message } from "../locale";
import { plannedRowCount } from "./planned-cells";
import type { LineSpan, PrintSetup, SheetPlan } from "./sheet-plan";

/**
 * The smallest scale a sheet is printed at. The smallest type on a planned sheet is 10 pt (the line
 * with 制表机关 and 表号; the table itself is 11 pt), so at 90% nothing prints below 9 pt, the least
 * a clerk reads without a magnifier. A wider table runs onto pages to its right instead.
 */
export const LEGIBLE_SCALE = 90;

/** A4 in points, and the margins (inches) every planned sheet prints with. */
const A4 = { short: 595, long: 842 };
const MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
const POINTS_PER_INCH = 72;

/**
 * Rows without a height of their own are counted at this many points: a little more than Excel's
 * and LibreOffice's 15, so a page break planned here comes before the one the program would make.
 */
const ESTIMATED_ROW = 16;

/** Table rows printed on the signature block's page, so that it never stands on a page alone. */
const ROWS_WITH_SIGNATURE = 3;

export interface PrintLayout {
  /** The table's title, printed at the top of every page. */
  title: string;
  /** Column widths in Excel's units (characters of the default font). */
  columnWidths: readonly number[];
  rowHeights: Readonly<Record<number, number>>;
  /** Rows on the sheet (the last used row + 1). */
  rowCount: number;
  titleRows: LineSpan;
  /** The label columns repeated on each page of a table wider than the page. */
  titleColumns?: LineSpan;
  /** The signature block below the table (单位负责人、填表人、报出日期), kept on the table's last page. */
  signature?: LineSpan;
}

/**
 * A column's printed width in points, the wider of two hosts: Excel gives a width unit 7 px and the
 * column 5 px of padding (at 96 px an inch); LibreOffice, with Calibri's metrics, about 5.55 points
 * a unit. Planning for the wider keeps a table that fits one page on one page in both.
 */
export function columnPoints(width: number): number {
  return Math.max((width * 7 + 5) * 0.75, width * 5.55);
}

/**
 * How a sheet prints: portrait when the table fits the width of a portrait page, else landscape,
 * shrunk to the page's width if that keeps it legible, else printed at the legible scale across as
 * many pages as it needs, with its head rows and label columns repeated on each. Long tables get
 * page breaks that keep the signature block on the page of the table's last rows.
 */
export function printSetupFor(layout: PrintLayout): PrintSetup {
  const natural = layout.columnWidths.reduce((sum, w) => sum + columnPoints(w), 0);
  const across = (side: number) => side - (MARGINS.left + MARGINS.right) * POINTS_PER_INCH;
  const portrait = natural <= across(A4.short);
  const room = across(portrait ? A4.short : A4.long);
  const pageHeight = (portrait ? A4.long : A4.short) - (MARGINS.top + MARGINS.bottom) * POINTS_PER_INCH;
  // A form a little too long for one page is shrunk onto it, as far as it stays legible.
  const tall = heightOf(layout, 0, layout.rowCount - 1);
  const fitted = Math.min(100, Math.floor((room / natural) * 100), tall * (LEGIBLE_SCALE / 100) <= pageHeight ? Math.floor((pageHeight / tall) * 100) : 100);
  const scale = Math.max(LEGIBLE_SCALE, fitted);
  const orientation = portrait ? "portrait" : "landscape";
  return {
    paperSize: "A4",
    orientation,
    scale,
    margins: { ...MARGINS },
    title: layout.title,
    titleRows: layout.titleRows,
    ...(layout.titleColumns ? { titleColumns: layout.titleColumns } : {}),
    ...(layout.signature ? { signature: layout.signature } : {}),
    header: layout.title.replace(/&/g, "&&"),
    footer: message("layout.page-number"),
    rowBreaks: rowBreaksFor(layout, (pageHeight * 100) / scale),
  };
}

/** The print setup of a plan worked out again, after rows were filled in and grew (the 汇总表's notes). */
export function replanPrint(plan: SheetPlan): PrintSetup {
  const { title, titleRows, titleColumns, signature } = plan.print;
  return printSetupFor({
    title,
    columnWidths: plan.columnWidths,
    rowHeights: plan.rowHeights,
    rowCount: plannedRowCount(plan),
    titleRows,
    ...(titleColumns ? { titleColumns } : {}),
    ...(signature ? { signature } : {}),
  });
}

/** Page breaks down a table too long for one page, the last moved up so the signature block has table rows above it. */
function rowBreaksFor(layout: PrintLayout, pageHeight: number): number[] {
  const repeated = heightOf(layout, layout.titleRows.first, layout.titleRows.last);
  const breaks: number[] = [];
  let used = 0;
  for (let row = 0; row < layout.rowCount; row++) {
    const height = heightOf(layout, row, row);
    if (used + height > pageHeight && row > 0) {
      breaks.push(row);
      used = repeated;
    }
    used += height;
  }
  const { signature } = layout;
  const last = breaks.length - 1;
  if (signature && last >= 0) {
    const keep = signature.first - ROWS_WITH_SIGNATURE;
    const previous = last > 0 ? breaks[last - 1] : layout.titleRows.last + 1;
    if (breaks[last] > keep && keep > previous) breaks[last] = keep;
  }
  return breaks;
}

/** The height in points of rows first to last, those without a height of their own estimated. */
function heightOf(layout: PrintLayout, first: number, last: number): number {
  let height = 0;
  for (let row = first; row <= last; row++) height += layout.rowHeights[row] ?? ESTIMATED_ROW;
  return height;
}
