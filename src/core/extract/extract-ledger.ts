import type { SheetSnapshot } from "../sheet";
import type { LedgerTemplate } from "../template/types";
import { extractCell, mergeBottom, plainText, rowWidth } from "./_lib/cell";
import type { ExtractedCell, ExtractedLedgerRow, ExtractedReport } from "./extracted-report";
import { headerFieldOf, readHeaderBlock } from "./header-block";
import { columnLabelIndex } from "./label-index";
import { normalizeLabel } from "./normalize-label";

const SEARCH_ROWS = 30;
const TOTAL_ROW = /^(合计|总计|小计)$/;

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
  }
  const found = best && Object.keys(best.columns).length >= Math.min(2, template.columns.length) ? best : undefined;

  const rows: ExtractedLedgerRow[] = [];
  let end = sheet.rows.length;
  if (found) {
    const dataStart = Math.max(...Object.values(found.columns).map((c) => mergeBottom(sheet, found.row, c))) + 1;
    // A laid-out row numbered in 序号 but otherwise blank is not an entry.
    const entryColumns = Object.values(found.columns).filter((c) => plainText(sheet, found.row, c) !== "序号");
    for (let row = dataStart; row < sheet.rows.length; row++) {
      const texts = entryColumns.map((c) => plainText(sheet, row, c));
      const firstCell = plainText(sheet, row, 0);
      if ([firstCell, ...texts].some((t) => headerFieldOf(t))) {
        end = row;
        break;
      }
      if (texts.every((t) => t === "") || [firstCell, ...texts].some((t) => TOTAL_ROW.test(t))) continue;
      const cells: Record<string, ExtractedCell> = {};
      for (const [key, col] of Object.entries(found.columns)) cells[key] = extractCell(sheet, row, col);
      rows.push({ row, cells });
    }
  }
  const outside = [...Array(sheet.rows.length).keys()].filter((r) => !found || r < found.row || r >= end);
  const block = readHeaderBlock(sheet, outside);
  return {
    templateId: template.id,
    sheet: sheet.name,
    ...(block.tableUnit ? { tableUnit: block.tableUnit } : {}),
    header: block.fields,
    indicators: {},
    rows,
    unmatched: [],
    missing: template.columns.map((c) => c.key).filter((k) => found?.columns[k] === undefined),
    headFound: found !== undefined,
  };
}
