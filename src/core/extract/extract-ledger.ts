import { cellAt, type CellValue, type SheetSnapshot } from "../sheet";
import type { LedgerTemplate } from "../template/types";
import { charCodes, mayStartWith, mergeBottom, plainText, rowWidth } from "./_lib/cell";
import type { ExtractedLedgerRow, ExtractedReport, LedgerEntries } from "./extracted-report";
import { HEADER_FIELD_INITIALS, headerFieldOf, readHeaderBlock } from "./header-block";
import { columnLabelIndex } from "./label-index";
import { entryRows, ledgerColumnKeys } from "./ledger-entries";
import { normalizeLabel } from "./normalize-label";

const SEARCH_ROWS = 30;
/** The rows below a ledger's heads that room is made for before they are read (more are added as found). */
const PREPARED_ROWS = 5000;
const TOTAL_ROW = /^(合计|总计|小计)$/;
/** What a signature line or a 合计 row may start with. */
const ROW_INITIALS: ReadonlySet<number> = new Set([...HEADER_FIELD_INITIALS, ...charCodes("合总小")]);

/**
 * A cell's plain text, for telling signature lines and 合计 rows; undefined for a cell that is
 * filled and can be neither — most cells of a ledger, settled without making any text.
 */
function labelText(sheet: SheetSnapshot, row: number, col: number): string | undefined {
  const value = cellAt(sheet, row, col);
  return mayStartWith(value, ROW_INITIALS) ? plainText(sheet, row, col) : undefined;
}

/**
 * What a row below the head is: a signature line (a header field in the first cell or an entry
 * column) ends the table; a row blank in every entry column, or a 合计 row, is skipped.
 */
function rowKind(sheet: SheetSnapshot, row: number, entryColumns: readonly number[]): "entry" | "skip" | "end" {
  const firstCell = labelText(sheet, row, 0);
  if (firstCell !== undefined && headerFieldOf(firstCell)) return "end";
  let blank = true;
  let total = firstCell !== undefined && TOTAL_ROW.test(firstCell);
  for (let i = 0; i < entryColumns.length; i++) {
    const text = entryColumns[i] === 0 ? firstCell : labelText(sheet, row, entryColumns[i]);
    if (text === undefined) {
      blank = false;
      continue;
    }
    if (headerFieldOf(text)) return "end";
    if (text !== "") blank = false;
    if (!total && TOTAL_ROW.test(text)) total = true;
  }
  return blank || total ? "skip" : "entry";
}

/**
 * Read a ledger by its column heads: the head row is the one naming most of the template's columns;
 * rows below it are entries until the sheet ends (blank rows and 合计 rows are skipped, signature
 * lines end the table).
 */
export function extractLedger(template: LedgerTemplate, sheet: SheetSnapshot): ExtractedReport {
  const index = columnLabelIndex(template.columns);
  let best: { row: number; columns: Record<string, number> } | undefined;
  for (let row = 0; row < Math.min(sheet.rows.length, SEARCH_ROWS); row++) {
    const columns: Record<string, number> = {};
    for (let col = 0; col < rowWidth(sheet, row); col++) {
      // Column heads are text; skipping the other cells keeps a 16,384-column row cheap.
      if (typeof sheet.rows[row][col] !== "string") continue;
      const key = index.get(normalizeLabel(plainText(sheet, row, col)).key);
      if (key && columns[key] === undefined) columns[key] = col;
    }
    if (Object.keys(columns).length > Object.keys(best?.columns ?? {}).length) best = { row, columns };
    // A row naming every column cannot be outdone (a later row must name more to win).
    if (best && Object.keys(best.columns).length === template.columns.length) break;
  }
  const found = best && Object.keys(best.columns).length >= Math.min(2, template.columns.length) ? best : undefined;

  // The entries kept as values, by the template's column index: no object per cell (see LedgerEntries).
  const sheetColumns = template.columns.map((c) => found?.columns[c.key] ?? -1);
  const width = sheetColumns.length;
  const rowsRead: number[] = [];
  let values: CellValue[] = [];
  let end = sheet.rows.length;
  if (found) {
    const columns = Object.values(found.columns);
    const dataStart = Math.max(...columns.map((c) => mergeBottom(sheet, found.row, c))) + 1;
    // A laid-out row numbered in 序号 but otherwise blank is not an entry.
    const entryColumns = columns.filter((c) => plainText(sheet, found.row, c) !== "序号");
    // Room made at once for the rows below the heads (up to a bound: a sheet may run on far below its
    // ledger), then cut to the entries found: pushed one by one, the values were copied into an array
    // half as large again, over and over (three times the values' own size, for every ledger read).
    // None where the heads' merges run past the sheet's last row (dataStart beyond it).
    values = new Array<CellValue>(Math.max(0, Math.min(sheet.rows.length - dataStart, PREPARED_ROWS)) * width);
    let at = 0;
    for (let row = dataStart; row < sheet.rows.length; row++) {
      const kind = rowKind(sheet, row, entryColumns);
      if (kind === "end") {
        end = row;
        break;
      }
      if (kind === "skip") continue;
      rowsRead.push(row);
      const cells = sheet.rows[row];
      for (let c = 0; c < width; c++) values[at++] = sheetColumns[c] < 0 ? null : (cells[sheetColumns[c]] ?? null);
    }
    values.length = at;
  }
  const entries: LedgerEntries = { keys: ledgerColumnKeys(template), columns: sheetColumns, rows: rowsRead, values, ...(sheet.formulas ? { formulas: sheet.formulas } : {}), cells: new Array(values.length) };
  const outside: number[] = [];
  for (let row = 0; row < sheet.rows.length; row++) if (!found || row < found.row || row >= end) outside.push(row);
  const block = readHeaderBlock(sheet, outside);
  const report: ExtractedReport = {
    templateId: template.id,
    sheet: sheet.name,
    ...(block.tableUnit ? { tableUnit: block.tableUnit } : {}),
    header: block.fields,
    indicators: {},
    rows: [],
    entries,
    unmatched: [],
    missing: template.columns.map((c) => c.key).filter((k) => found?.columns[k] === undefined),
    headFound: found !== undefined,
  };
  // The rows of cells, made from the entries only when read: a consolidation reads the entries alone.
  const keys = template.columns.map((c) => c.key);
  const settle = (rows: ExtractedLedgerRow[]) => Object.defineProperty(report, "rows", { value: rows, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(report, "rows", {
    enumerable: true,
    configurable: true,
    get: () => settle(entryRows(entries, keys)).rows,
    set: settle,
  });
  return report;
}
