import type { CellRange } from "../sheet";
import type { HeaderKey } from "../template/header-fields";

/**
 * A template sheet described as data: what goes in which cell, with which look, which cells the
 * clerk may type into, and what Excel's own data validation allows there. Both workbook adapters
 * render the same plan, so a sheet made in Excel and one made by the CLI are the same form.
 */

/** The look of a cell, resolved to concrete fonts and fills in one place by the adapters. */
export type StyleRole =
  | "title" // 表名
  | "meta" // 制表机关 / 表号 / 计量单位 line
  | "fieldLabel" // 填报单位： 报告期： 填表人：
  | "fieldInput" // the value beside a field label
  | "tableHead" // 序号 · 指标名称 · 计量单位 · 数值 · 备注
  | "section" // 一、消杀类
  | "serial" // 序号 cells
  | "label" // indicator label
  | "unit" // 计量单位 cell
  | "input" // a value the clerk types
  | "computed" // a rate computed by a formula
  | "note" // 备注 input
  | "paragraph"; // a paragraph of text (the 综述), wrapped

export type PlannedScalar = string | number | null;

export interface PlannedCell {
  row: number;
  col: number;
  value: PlannedScalar;
  /** A formula (without a leading "=" stored as value); e.g. for a computed rate. */
  formula?: string;
  style: StyleRole;
  /** Excel number format code. */
  numberFormat?: string;
  /** Indent level for 其中 labels. */
  indent?: number;
  /** Unlocked cells are the ones a clerk may type into when the sheet is protected. */
  locked: boolean;
}

/** The look every cell of a block's column shares: what a PlannedCell carries besides its place and value. */
export interface ColumnLook {
  style: StyleRole;
  locked: boolean;
  /** Excel number format code of the column's cells. */
  numberFormat?: string;
  /** The number format of a text in this column, where it differs (a text is kept as text, "@"). */
  textFormat?: string;
}

/**
 * Rows of plain values laid out as one table, with one look per column: the bulk of a big sheet (a
 * ledger summary's 60,000 stacked rows, 170,000 findings) held as a few arrays instead of a PlannedCell
 * per cell. It stands for the cells (top + r, left + c) holding `columns[c][r]`, in row order, planned
 * just before `cells[at]` (after all of them when `at` is cells.length): expanding it there gives the
 * cell list exactly as it would have been (see plannedCells). A block's rows hold no other cell.
 */
export interface RowBlock {
  /** Where the block's cells stand in the plan's order of cells. */
  at: number;
  /** 0-based first row and column. */
  top: number;
  left: number;
  rowCount: number;
  /** One look per column, left to right. */
  looks: ColumnLook[];
  /** Values by column, then row: columns[c][r] is the cell at (top + r, left + c); each rowCount long. */
  columns: PlannedScalar[][];
}

export type PlannedValidation =
  | { range: CellRange; type: "whole" | "decimal"; min?: number; max?: number; prompt: string; error: string }
  | { range: CellRange; type: "list"; options: string[]; prompt: string; error: string }
  | { range: CellRange; type: "date"; prompt: string; error: string }
  | { range: CellRange; type: "textLength"; max: number; prompt: string; error: string };

/** Where a clerk's values live on the sheet, so the form can write and read them back. */
export interface SheetAnchors {
  /** 0-based cell of each header field's value. */
  header: Partial<Record<HeaderKey, { row: number; col: number }>>;
  /** Indicator tables: the value (and 备注) cell of each indicator by key. */
  indicators?: Record<string, { row: number; valueCol: number; noteCol: number }>;
  /** Ledgers: where rows start, how many were laid out, and each column's position by key. */
  ledger?: { headRow: number; firstRow: number; rowCapacity: number; columns: Record<string, number> };
}

/** A run of 0-based rows or columns, both ends included. */
export interface LineSpan {
  first: number;
  last: number;
}

/**
 * How a sheet prints on A4, worked out from its column widths and row heights (see printSetupFor):
 * the orientation the table fits, a scale that never makes type smaller than can be read, the head
 * rows and the label columns repeated on every page where the table runs onto further pages, the
 * table's title at the top of each page and its page number at the foot.
 */
export interface PrintSetup {
  paperSize: "A4";
  orientation: "portrait" | "landscape";
  /** Per cent of the natural size: the table fitted to the page's width, but never below the legible scale. */
  scale: number;
  /** Margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** The table's title, as the header prints it. */
  title: string;
  /** Rows printed again at the top of every page (the table head). */
  titleRows: LineSpan;
  /** Columns printed again at the left of every page, when a wide table runs onto pages to its right. */
  titleColumns?: LineSpan;
  /** The centre of the page header and footer, in Excel's header/footer codes (&P page, &N pages, && an ampersand). */
  header: string;
  footer: string;
  /** The signature block below the table (单位负责人、填表人、报出日期), kept on the page of the table's last rows. */
  signature?: LineSpan;
  /** Rows before which a new page starts: set so that the signature block below a long table is printed with its last rows. */
  rowBreaks: number[];
}

export interface SheetPlan {
  sheetName: string;
  templateId: string;
  templateVersion: string;
  columnWidths: number[];
  /** Row heights by 0-based row, where one differs from the default. */
  rowHeights: Record<number, number>;
  /** The cells planned one by one; a big sheet's bulk is in `blocks`. Read both through plannedCells. */
  cells: PlannedCell[];
  /** Rows of plain values, in row order, none overlapping another's rows or a cell of `cells`. */
  blocks?: RowBlock[];
  merges: CellRange[];
  validations: PlannedValidation[];
  /** Rows and columns frozen at the top-left (the table head). */
  freeze: { rows: number; columns: number };
  print: PrintSetup;
  /** Protect the sheet so labels stay fixed and only unlocked cells take input (no password). */
  protect: boolean;
  anchors: SheetAnchors;
  /** Ranges drawn with data bars (conditional formatting), e.g. a column of figures by unit. */
  dataBars?: CellRange[];
  /** A sheet of data for the add-in alone (the summary's narrative data): very hidden from the clerk. */
  veryHidden?: boolean;
}
