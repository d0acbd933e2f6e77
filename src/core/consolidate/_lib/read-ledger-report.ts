import type { ExtractedCell, ExtractedReport } from "../../extract";
import { problem } from "../../locale";
import type { LedgerTemplate } from "../../template/types";
import type { PriorParse } from "../../validate/read-report";
import type { StackedLedgerRow, ValueAccount } from "../consolidation-result";
import type { FindingDraft } from "./finding-draft";
import { readAsTyped, readValue } from "./read-value";

export interface LedgerReading {
  /** The values with something to say of them: rejected, converted, or read with a note. */
  values: ValueAccount[];
  /** Values accepted as typed, with nothing to say of them: counted, not listed (their figures are in `rows`). */
  unlisted: number;
  /** The unit's rows, ready to stack. */
  rows: StackedLedgerRow[];
  findings: FindingDraft[];
}

/** An accepted value read as typed: no note, no conversion, no 余 to keep. */
function asTyped(account: ValueAccount): boolean {
  return account.status === "accepted" && account.notes.length === 0 && !account.converted && !account.qualifier;
}

/**
 * Every cell of every row of a unit's ledger, read by its column's kind. A rejected cell keeps its
 * text in the stacked row (nothing a unit wrote is lost) and is accounted for as rejected. The rows
 * are made ready to stack, under the unit's name and its file. A value accepted as typed is only
 * counted: 200 ledgers of 300 rows hold 720,000 of them, and the stacked row already says where
 * each came from (file, sheet, row). The parse of each cell that needed one is kept in `parses` for the audit, when given.
 */
export function readLedgerReport(
  template: LedgerTemplate,
  report: ExtractedReport,
  source: { unit: string; file: string },
  year?: number,
  parses?: Map<ExtractedCell, PriorParse>,
): LedgerReading {
  const values: ValueAccount[] = [];
  let unlisted = 0;
  const rows: StackedLedgerRow[] = [];
  const findings: FindingDraft[] = [];
  const context = { sheet: report.sheet, year, parses };
  const columns = template.columns;
  // Indexed loops: this runs for every cell of every unit's ledger, often before it is optimised.
  for (let r = 0; r < report.rows.length; r++) {
    const extracted = report.rows[r];
    const cells: StackedLedgerRow["cells"] = {};
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const cell = extracted.cells[column.key];
      if (!cell) continue;
      const typed = readAsTyped(cell, column, context);
      if (typed !== undefined) {
        cells[column.key] = { value: typed, accepted: true };
        unlisted++;
        continue;
      }
      const account = readValue(cell, column, context, findings);
      if (account.status === "accepted") cells[column.key] = { value: account.value ?? null, accepted: true };
      else if (account.status === "rejected") cells[column.key] = { value: account.raw, accepted: false };
      if (asTyped(account)) unlisted++;
      else values.push(account);
    }
    rows.push({ sheet: report.sheet, row: extracted.row, cells, unit: source.unit, file: source.file });
  }
  if (report.headFound && report.missing.length > 0) {
    const labels = report.missing.map((key) => template.columns.find((c) => c.key === key)?.label ?? key).join("、");
    findings.push({ ...problem("consolidate.finding.missing-indicators", { count: report.missing.length, labels }), severity: "verify", sheet: report.sheet });
  }
  return { values, unlisted, rows, findings };
}
