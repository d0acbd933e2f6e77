import type { PlannedCell, PlannedValidation, PrintSetup, SheetPlan } from "../../../../core/layout";
import { cellAddress, columnLetters, isCellError, rangeAddress, type CellValue } from "../../../../core/sheet";
import { dataValidationFor } from "../../_lib/data-validation";
import { DATA_BAR_COLOR, PAPER_A4, sheetProtectionOf } from "../../_lib/sheet-look";
import { positionKey, ROW_STRIDE, type CellOverride } from "./cell-write";
import type { SharedStrings } from "./shared-strings";
import type { StyleTable } from "./style-table";
import { xmlEscape } from "./xml-escape";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
/** Excel's serial day 0 (1899-12-30), for dates in validations and written values. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;
/** Excel's last column, as a page break spans the whole width. */
const LAST_COLUMN = 16383;

/** The values a sheet's XML is written with: the workbook's shared strings and styles. */
export interface SheetParts {
  strings: SharedStrings;
  styles: StyleTable;
}

/** What a planned cell holds once the plan's repeats at one position are settled, as ExcelJS settled them: the last value that is not empty, the last look. */
interface SettledCell {
  row: number;
  col: number;
  value: CellValue;
  formula?: string;
  style: number;
}

/**
 * The planned cells in the order a sheet file lists them (by row, then column), each position once.
 * Plans are nearly always laid out in that order already: it is checked in one pass, sorted only if not.
 */
function settledCells(plan: SheetPlan, overrides: ReadonlyMap<number, CellOverride>, parts: SheetParts): SettledCell[] {
  const { cells } = plan;
  let ordered: readonly PlannedCell[] = cells;
  for (let i = 1; i < cells.length; i++) {
    if (positionKey(cells[i].row, cells[i].col) < positionKey(cells[i - 1].row, cells[i - 1].col)) {
      ordered = cells
        .map((cell, at) => ({ cell, at }))
        .sort((a, b) => positionKey(a.cell.row, a.cell.col) - positionKey(b.cell.row, b.cell.col) || a.at - b.at)
        .map((entry) => entry.cell);
      break;
    }
  }
  const settled: SettledCell[] = [];
  for (const cell of ordered) {
    const last = settled[settled.length - 1];
    const style = parts.styles.indexOf(cell);
    if (last && last.row === cell.row && last.col === cell.col) {
      last.style = style;
      if (cell.formula) Object.assign(last, { formula: cell.formula, value: null });
      else if (cell.value !== null) Object.assign(last, { value: cell.value, formula: undefined });
      continue;
    }
    settled.push({ row: cell.row, col: cell.col, value: cell.formula ? null : cell.value, ...(cell.formula ? { formula: cell.formula } : {}), style });
  }
  if (overrides.size === 0) return settled;
  return withOverrides(settled, plan, overrides, parts);
}

/** Values written after the plan, over the planned cells (keeping their look) or in cells of their own. */
function withOverrides(settled: SettledCell[], plan: SheetPlan, overrides: ReadonlyMap<number, CellOverride>, parts: SheetParts): SettledCell[] {
  const planned = new Map(plan.cells.map((cell) => [positionKey(cell.row, cell.col), cell]));
  const byKey = new Map(settled.map((cell) => [positionKey(cell.row, cell.col), cell]));
  for (const [key, write] of overrides) {
    const at = planned.get(key);
    const style = at ? (write.numberFormat ? parts.styles.indexOf({ ...at, numberFormat: write.numberFormat }) : parts.styles.indexOf(at)) : parts.styles.plainIndexOf(write.numberFormat ?? (write.value instanceof Date ? "mm-dd-yy" : undefined));
    byKey.set(key, { row: Math.floor(key / ROW_STRIDE), col: key % ROW_STRIDE, value: write.value, style });
  }
  return [...byKey.entries()].sort(([a], [b]) => a - b).map(([, cell]) => cell);
}

/** A cell's element, or "" for an empty cell without a look. */
function cellXml(ref: string, cell: Pick<SettledCell, "value" | "formula" | "style">, strings: SharedStrings): string {
  const s = cell.style ? ` s="${cell.style}"` : "";
  if (cell.formula) return `<c r="${ref}"${s}><f>${xmlEscape(cell.formula)}</f></c>`;
  const { value } = cell;
  if (value === null || value === undefined) return s ? `<c r="${ref}"${s}/>` : "";
  if (typeof value === "string") return `<c r="${ref}"${s} t="s"><v>${strings.indexOf(value)}</v></c>`;
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s}/>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value instanceof Date) return `<c r="${ref}"${s}><v>${(value.getTime() - EXCEL_EPOCH) / DAY_MS}</v></c>`;
  if (isCellError(value)) return `<c r="${ref}"${s} t="e"><v>${xmlEscape(value.error)}</v></c>`;
  return "";
}

/** The sheet's rows, in order, each with its height where the plan gives one. */
function sheetDataXml(cells: readonly SettledCell[], rowHeights: Readonly<Record<number, number>>, strings: SharedStrings): { xml: string; lastRow: number; lastCol: number } {
  const heightRows = Object.keys(rowHeights)
    .map(Number)
    .sort((a, b) => a - b);
  const rows: string[] = [];
  const letters: string[] = [];
  const letter = (col: number) => (letters[col] ??= columnLetters(col));
  let lastRow = -1;
  let lastCol = -1;
  let h = 0;
  const rowOpen = (row: number) => {
    const height = rowHeights[row];
    return height !== undefined ? `<row r="${row + 1}" ht="${height}" customHeight="1">` : `<row r="${row + 1}">`;
  };
  for (let i = 0; i < cells.length; ) {
    const row = cells[i].row;
    // Rows with only a height, above this one.
    for (; h < heightRows.length && heightRows[h] < row; h++) rows.push(rowOpen(heightRows[h]) + "</row>");
    if (heightRows[h] === row) h++;
    let xml = rowOpen(row);
    for (; i < cells.length && cells[i].row === row; i++) {
      const cell = cells[i];
      xml += cellXml(letter(cell.col) + (row + 1), cell, strings);
      if (cell.col > lastCol) lastCol = cell.col;
    }
    rows.push(xml + "</row>");
    lastRow = row;
  }
  for (; h < heightRows.length; h++) rows.push(rowOpen(heightRows[h]) + "</row>");
  return { xml: `<sheetData>${rows.join("")}</sheetData>`, lastRow: Math.max(lastRow, heightRows[heightRows.length - 1] ?? -1), lastCol };
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

function formulaText(formula: string | number | Date): string {
  return xmlEscape(formula instanceof Date ? String((formula.getTime() - EXCEL_EPOCH) / DAY_MS) : String(formula));
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
export function plannedSheetXml(plan: SheetPlan, overrides: ReadonlyMap<number, CellOverride>, selected: boolean, parts: SheetParts): string {
  const cells = settledCells(plan, overrides, parts);
  const data = sheetDataXml(cells, plan.rowHeights, parts.strings);
  const dimension = data.lastRow < 0 ? "A1" : `A1:${cellAddress(data.lastRow, Math.max(0, data.lastCol))}`;
  const merges = plan.merges.length ? `<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`).join("")}</mergeCells>` : "";
  const bars = (plan.dataBars ?? [])
    .map((range) => `<conditionalFormatting sqref="${rangeAddress(range)}"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="${DATA_BAR_COLOR}"/></dataBar></cfRule></conditionalFormatting>`)
    .join("");
  return (
    HEAD +
    `<dimension ref="${dimension}"/>` +
    sheetViewsXml(plan.freeze, selected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(plan.columnWidths) +
    data.xml +
    protectionXml(plan) +
    merges +
    bars +
    validationsXml(plan.validations) +
    printXml(plan.print) +
    "</worksheet>"
  );
}

/** A sheet of plain texts without looks (the template bindings), with Excel's default page. */
export function plainSheetXml(rows: readonly (readonly string[])[], parts: SheetParts): string {
  const cells: SettledCell[] = rows.flatMap((row, r) => row.map((value, c) => ({ row: r, col: c, value, style: 0 })));
  const data = sheetDataXml(cells, {}, parts.strings);
  const dimension = data.lastRow < 0 ? "A1" : `A1:${cellAddress(data.lastRow, Math.max(0, data.lastCol))}`;
  return HEAD + `<dimension ref="${dimension}"/><sheetFormatPr defaultRowHeight="15"/>${data.xml}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait" scale="100"/></worksheet>`;
}
