import { ledgerCell, type LedgerCell } from "../../src/core/consolidate/ledger-rows";
import type { LedgerSummary } from "../../src/core/consolidate/consolidation-result";

/** A stacked row as a test reads it: its unit, file, sheet and row, and its cells by column key. */
export interface StackedRowView {
  unit: string;
  file: string;
  sheet: string;
  row: number;
  cells: Record<string, LedgerCell>;
}

/** The ledger's stacked rows, each made an object through the accessors (for tests; the result holds none). */
export function stackedRows(ledger: LedgerSummary): StackedRowView[] {
  return ledger.stacked.flatMap((rows) =>
    Array.from(rows.rows, (row, r) => {
      const cells: Record<string, LedgerCell> = {};
      for (const key of rows.keys) {
        const cell = ledgerCell(rows, r, key);
        if (cell) cells[key] = cell;
      }
      return { unit: rows.unit, file: rows.file, sheet: rows.sheet, row, cells };
    }),
  );
}
