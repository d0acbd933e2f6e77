import { plannedCells, type PlannedCell, type PlannedValidation, type PrintSetup, type RowBlock, type SheetPlan } from "../../../../core/layout";
import { cellAddress, columnLetters, DAY_MS, rangeAddress, type CellValue } from "../../../../core/sheet";
import { dataValidationFor } from "../../_lib/data-validation";
import { DATA_BAR_COLOR, PAPER_A4, sheetProtectionOf } from "../../_lib/sheet-look";
import { BlockColumn, RowStarts, writeBlockRows } from "./block-rows";
import { positionKey, ROW_STRIDE, type CellOverride } from "./cell-write";
import { writeCell } from "./cell-xml";
import { StringLane, type SharedStrings } from "./shared-strings";
import type { StyleTable } from "./style-table";
import type { Utf8Sink } from "./utf8-sink";
import { xmlEscape } from "./xml-escape";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
/** Excel's last column, as a page break spans the whole width. */
const LAST_COLUMN = 16383;

/** The values a sheet's XML is written with: the workbook's shared strings and styles. */
export interface SheetParts {
  strings: SharedStrings;
  styles: StyleTable;
}

/** A cell to write: its position, its value or formula, and (for values written after the plan) its xf index. */
interface CellToWrite {
  row: number;
  col: number;
  value: CellValue;
  formula?: string;
}

/** A written value settled over the plan, with the look it takes. */
interface SettledCell extends CellToWrite {
  style: number;
}

const before = (a: CellToWrite, b: CellToWrite) => a.row - b.row || a.col - b.col;

/**
 * The planned cells in the order a sheet file lists them (by row, then column), keeping the plan's
 * order among cells of one position. Plans are mostly laid out in that order already: it is checked
 * in one pass. Where not (a ledger summary's 来源单位 cells are added after its rows), the cells are
 * put row by row by counting (no comparison sort of 100,000 cells), then each short row by column.
 */
function inFileOrder(cells: readonly PlannedCell[]): readonly PlannedCell[] {
  let ordered = true;
  let lastRow = 0;
  for (let i = 0; i < cells.length; i++) {
    if (i > 0 && before(cells[i - 1], cells[i]) > 0) ordered = false;
    if (cells[i].row > lastRow) lastRow = cells[i].row;
  }
  if (ordered) return cells;
  const starts = new Uint32Array(lastRow + 2);
  for (const cell of cells) starts[cell.row + 1]++;
  for (let row = 1; row < starts.length; row++) starts[row] += starts[row - 1];
  const out: PlannedCell[] = new Array(cells.length);
  const next = starts.slice(0, lastRow + 1);
  for (const cell of cells) out[next[cell.row]++] = cell;
  for (let row = 0; row <= lastRow; row++) {
    // Insertion sort: stable, and nearly free on a row already in order.
    for (let i = starts[row] + 1; i < starts[row + 1]; i++) {
      const cell = out[i];
      let j = i - 1;
      for (; j >= starts[row] && out[j].col > cell.col; j--) out[j + 1] = out[j];
      out[j + 1] = cell;
    }
  }
  return out;
}

/** Values written after the plan, over the planned cells (keeping their look) or in cells of their own: a rare path, so plain objects. */
function withOverrides(plan: SheetPlan, overrides: ReadonlyMap<number, CellOverride>, parts: SheetParts): SettledCell[] {
  const byKey = new Map<number, SettledCell>();
  const planned = new Map<number, PlannedCell>();
  for (const cell of inFileOrder(plannedCells(plan))) {
    const key = positionKey(cell.row, cell.col);
    planned.set(key, cell);
    const last = byKey.get(key);
    const style = parts.styles.indexOf(cell);
    if (!last) byKey.set(key, { row: cell.row, col: cell.col, value: cell.formula ? null : cell.value, ...(cell.formula ? { formula: cell.formula } : {}), style });
    else {
      last.style = style;
      if (cell.formula) Object.assign(last, { formula: cell.formula, value: null });
      else if (cell.value !== null) Object.assign(last, { value: cell.value, formula: undefined });
    }
  }
  for (const [key, write] of overrides) {
    const at = planned.get(key);
    const style = at ? parts.styles.indexOf(write.numberFormat ? { ...at, numberFormat: write.numberFormat } : at) : parts.styles.plainIndexOf(write.numberFormat ?? (write.value instanceof Date ? "mm-dd-yy" : undefined));
    byKey.set(key, { row: Math.floor(key / ROW_STRIDE), col: key % ROW_STRIDE, value: write.value, style });
  }
  return [...byKey.entries()].sort(([a], [b]) => a - b).map(([, cell]) => cell);
}

/**
 * A plan's blocks in row order, when each can be written as rows of its own: no two share a row, nor a
 * block and a planned cell (as the builders lay them out). Otherwise undefined, and the plan's cells are
 * written expanded, repeats settled as for any cells.
 */
function blocksApart(plan: SheetPlan): RowBlock[] | undefined {
  const blocks = (plan.blocks ?? []).filter((block) => block.rowCount > 0).sort((a, b) => a.top - b.top);
  for (let b = 1; b < blocks.length; b++) if (blocks[b - 1].top + blocks[b - 1].rowCount > blocks[b].top) return undefined;
  if (blocks.length === 0) return blocks;
  const last = blocks[blocks.length - 1];
  const inBlock = new Uint8Array(last.top + last.rowCount);
  for (const block of blocks) inBlock.fill(1, block.top, block.top + block.rowCount);
  for (const cell of plan.cells) if (inBlock[cell.row] === 1) return undefined;
  return blocks;
}

/** The last row and column the sheet uses (its dimension), a row with only a height included; -1 when empty. */
function usedRange(cells: readonly CellToWrite[], blocks: readonly RowBlock[], heightRows: readonly number[]): { lastRow: number; lastCol: number } {
  let lastRow = heightRows.length ? heightRows[heightRows.length - 1] : -1;
  let lastCol = -1;
  for (const cell of cells) {
    if (cell.row > lastRow) lastRow = cell.row;
    if (cell.col > lastCol) lastCol = cell.col;
  }
  for (const block of blocks) {
    lastRow = Math.max(lastRow, block.top + block.rowCount - 1);
    lastCol = Math.max(lastCol, block.left + block.looks.length - 1);
  }
  return { lastRow, lastCol };
}

/** Where a sheet's rows come from: cells one by one (in file order, with their xf indices), and blocks of rows (in row order, apart from the cells' rows). */
interface SheetRows {
  cells: readonly CellToWrite[];
  styleOf: (index: number) => number;
  blocks: readonly RowBlock[];
}

/**
 * The sheet's rows, in order, each with its height where the plan gives one, written to the sink row
 * by row. Cells are written straight from the plan, no object nor string per cell: a ledger summary has
 * hundreds of thousands. Repeats at one position are settled as ExcelJS settled them: the last value
 * that is not empty, the last look. A block's rows are written from its columns of values, each
 * column's two xf indices (a text's, any other value's) worked out once. Each column's texts go to the
 * shared strings in a lane of their own.
 */
function writeSheetData(sink: Utf8Sink, source: SheetRows, rowHeights: Readonly<Record<number, number>>, heightRows: readonly number[], parts: SheetParts): void {
  const { cells, styleOf, blocks } = source;
  const { strings } = parts;
  const letters: string[] = [];
  const lanes: StringLane[] = [];
  const rowStarts = new RowStarts(rowHeights, heightRows);
  const writeBlock = (block: RowBlock) => {
    const columns = block.looks.map((look, c) => new BlockColumn(look, (letters[block.left + c] ??= columnLetters(block.left + c)), (lanes[block.left + c] ??= new StringLane()), parts));
    writeBlockRows(sink, block, columns, rowStarts, parts);
  };
  sink.ascii("<sheetData>");
  for (let i = 0, b = 0; i < cells.length || b < blocks.length; ) {
    if (b < blocks.length && (i >= cells.length || blocks[b].top < cells[i].row)) {
      writeBlock(blocks[b++]);
      continue;
    }
    const row = cells[i].row;
    rowStarts.open(sink, row);
    const number = row + 1;
    while (i < cells.length && cells[i].row === row) {
      const { col } = cells[i];
      let value = cells[i].formula ? null : cells[i].value;
      let formula = cells[i].formula;
      let style = styleOf(i);
      for (i++; i < cells.length && cells[i].row === row && cells[i].col === col; i++) {
        style = styleOf(i);
        if (cells[i].formula) [formula, value] = [cells[i].formula, null];
        else if (cells[i].value !== null) [formula, value] = [undefined, cells[i].value];
      }
      writeCell(sink, (letters[col] ??= columnLetters(col)), number, value, formula, style, strings, (lanes[col] ??= new StringLane()));
    }
    sink.ascii("</row>");
  }
  rowStarts.finish(sink);
  sink.ascii("</sheetData>");
}

/** The dimension element and the rows of a sheet. */
function writeCells(sink: Utf8Sink, source: SheetRows, rowHeights: Readonly<Record<number, number>>, parts: SheetParts, between: string): void {
  // Object.keys lists a plan's row numbers (array indices) in ascending order already: sorted only if not.
  const heightRows = Object.keys(rowHeights).map(Number);
  if (heightRows.some((row, i) => i > 0 && heightRows[i - 1] > row)) heightRows.sort((a, b) => a - b);
  const { lastRow, lastCol } = usedRange(source.cells, source.blocks, heightRows);
  sink.write(`<dimension ref="${lastRow < 0 ? "A1" : `A1:${cellAddress(lastRow, Math.max(0, lastCol))}`}"/>` + between);
  writeSheetData(sink, source, rowHeights, heightRows, parts);
}

/** Column widths, runs of equal widths written as one <col>. */
function colsXml(widths: readonly number[]): string {
  const cols: string[] = [];
  for (let i = 0; i < widths.length; ) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    if (widths[i] !== undefined) cols.push(`<col min="${i + 1}" max="${j + 1}" width="${widths[i]}" customWidth="1"/>`);
    i = j + 1;
  }
  return cols.length ? `<cols>${cols.join("")}</cols>` : "";
}

/** The frozen head rows and label columns, and whether this is the tab the workbook opens on. */
function sheetViewsXml(freeze: SheetPlan["freeze"], selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  const { rows, columns } = freeze;
  if (!rows && !columns) return `<sheetViews><sheetView workbookViewId="0"${tab}/></sheetViews>`;
  const pane = rows && columns ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  const split = (columns ? ` xSplit="${columns}"` : "") + (rows ? ` ySplit="${rows}"` : "");
  return `<sheetViews><sheetView workbookViewId="0"${tab}><pane${split} topLeftCell="${cellAddress(rows, columns)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

/** OOXML marks what protection forbids; the plan says what it still allows. */
function protectionXml(plan: SheetPlan): string {
  if (!plan.protect) return "";
  const allowed = sheetProtectionOf(plan);
  const forbidden = (option: keyof typeof allowed) => (allowed[option] ? "" : ` ${option}="1"`);
  const permitted = (option: keyof typeof allowed) => (allowed[option] ? ` ${option}="0"` : "");
  return `<sheetProtection sheet="1"${forbidden("selectLockedCells")}${forbidden("selectUnlockedCells")}${permitted("formatCells")}${permitted("formatColumns")}${permitted("formatRows")}${permitted("insertRows")}/>`;
}

/** ExcelJS's day 0 for a Date: it counts days since 1899-12-30 all the way back, with no 29 February 1900. */
const EXCELJS_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A validation's formula as ExcelJS writes it. Its Dates are ExcelJS's (data-validation.ts chose them for
 * ExcelJS's conversion, which knows nothing of the phantom 29 February 1900), so they are converted as
 * ExcelJS converts them, not by excelSerial: 1899-12-31 is ExcelJS's way of saying serial 1.
 */
function formulaText(formula: string | number | Date): string {
  return xmlEscape(formula instanceof Date ? String((formula.getTime() - EXCELJS_EPOCH) / DAY_MS) : String(formula));
}

function validationsXml(validations: readonly PlannedValidation[]): string {
  const items: string[] = [];
  for (const planned of validations) {
    const v = dataValidationFor(planned);
    if (!v) continue;
    const attribute = (name: string, value: string | boolean | undefined) => (value === undefined ? "" : ` ${name}="${typeof value === "boolean" ? (value ? 1 : 0) : xmlEscape(value)}"`);
    const formulae = (v.formulae as Array<string | number | Date>).map((f, i) => `<formula${i + 1}>${formulaText(f)}</formula${i + 1}>`).join("");
    items.push(
      `<dataValidation${attribute("type", v.type)}${attribute("operator", v.operator)}${attribute("allowBlank", v.allowBlank)}${attribute("showInputMessage", v.showInputMessage)}` +
        `${attribute("showErrorMessage", v.showErrorMessage)}${attribute("errorStyle", v.errorStyle)}${attribute("errorTitle", v.errorTitle)}${attribute("error", v.error)}` +
        `${attribute("promptTitle", v.promptTitle)}${attribute("prompt", v.prompt)} sqref="${rangeAddress(planned.range)}">${formulae}</dataValidation>`,
    );
  }
  return items.length ? `<dataValidations count="${items.length}">${items.join("")}</dataValidations>` : "";
}

function printXml(print: PrintSetup): string {
  const m = print.margins;
  const breaks = print.rowBreaks.map((row) => `<brk id="${row}" max="${LAST_COLUMN}" man="1"/>`).join("");
  return (
    '<printOptions horizontalCentered="1"/>' +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${PAPER_A4}" scale="${print.scale}" orientation="${print.orientation}"/>` +
    `<headerFooter><oddHeader>${xmlEscape("&C" + print.header)}</oddHeader><oddFooter>${xmlEscape("&C" + print.footer)}</oddFooter></headerFooter>` +
    (print.rowBreaks.length ? `<rowBreaks count="${print.rowBreaks.length}" manualBreakCount="${print.rowBreaks.length}">${breaks}</rowBreaks>` : "")
  );
}

/**
 * A planned sheet as worksheet XML, in the order the schema lists its parts: the used range, the
 * frozen panes, column widths, rows and cells (looks from the style table, texts from the shared
 * strings), protection, merges, data bars, validations and the page setup. The print titles are the
 * workbook's defined names (see workbook-parts).
 */
export function writePlannedSheet(sink: Utf8Sink, plan: SheetPlan, overrides: ReadonlyMap<number, CellOverride>, selected: boolean, parts: SheetParts): void {
  const between = sheetViewsXml(plan.freeze, selected) + '<sheetFormatPr defaultRowHeight="15"/>' + colsXml(plan.columnWidths);
  sink.write(HEAD);
  const blocks = overrides.size === 0 ? blocksApart(plan) : undefined;
  if (blocks) {
    const cells = inFileOrder(plan.cells);
    writeCells(sink, { cells, styleOf: (i) => parts.styles.indexOf(cells[i]), blocks }, plan.rowHeights, parts, between);
  } else if (overrides.size === 0) {
    const cells = inFileOrder(plannedCells(plan));
    writeCells(sink, { cells, styleOf: (i) => parts.styles.indexOf(cells[i]), blocks: [] }, plan.rowHeights, parts, between);
  } else {
    const cells = withOverrides(plan, overrides, parts);
    writeCells(sink, { cells, styleOf: (i) => cells[i].style, blocks: [] }, plan.rowHeights, parts, between);
  }
  const merges = plan.merges.length ? `<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join("")}</mergeCells>` : "";
  const bars = (plan.dataBars ?? [])
    .map((range) => `<conditionalFormatting sqref="${rangeAddress(range)}"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="${DATA_BAR_COLOR}"/></dataBar></cfRule></conditionalFormatting>`)
    .join("");
  sink.write(protectionXml(plan) + merges + bars + validationsXml(plan.validations) + printXml(plan.print) + "</worksheet>");
}

/** A sheet of plain texts without looks (the template bindings), with Excel's default page. */
export function writePlainSheet(sink: Utf8Sink, rows: readonly (readonly string[])[], parts: SheetParts): void {
  const cells: CellToWrite[] = rows.flatMap((row, r) => row.map((value, c) => ({ row: r, col: c, value })));
  sink.write(HEAD);
  writeCells(sink, { cells, styleOf: () => 0, blocks: [] }, {}, parts, '<sheetFormatPr defaultRowHeight="15"/>');
  sink.write('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait" scale="100"/></worksheet>');
}
