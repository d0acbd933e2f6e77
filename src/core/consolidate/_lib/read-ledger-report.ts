import type { ExtractedReport } from "../../extract";
import { problem } from "../../locale";
import type { LedgerTemplate } from "../../template/types";
import type { StackedLedgerRow, ValueAccount } from "../consolidation-result";
import type { FindingDraft } from "./finding-draft";
import { readValue } from "./read-value";

export interface LedgerReading {
  values: ValueAccount[];
  /** The unit's rows, ready to stack. */
  rows: StackedLedgerRow[];
  findings: FindingDraft[];
}

/**
 * Every cell of every row of a unit's ledger, read by its column's kind. A rejected cell keeps its
 * text in the stacked row (nothing a unit wrote is lost) and is accounted for as rejected. The rows
 * are made ready to stack, under the unit's name and its file.
 */
export function readLedgerReport(template: LedgerTemplate, report: ExtractedReport, source: { unit: string; file: string }, year?: number): LedgerReading {
  const values: ValueAccount[] = [];
  const rows: StackedLedgerRow[] = [];
  const findings: FindingDraft[] = [];
  const context = { sheet: report.sheet, year };
  const columns = template.columns;
  // Indexed loops: this runs for every cell of every unit's ledger, often before it is optimised.
  for (let r = 0; r < report.rows.length; r++) {
    const extracted = report.rows[r];
    const cells: StackedLedgerRow["cells"] = {};
    for (let c = 0; c < columns.length; c++) {
      const column = columns[c];
      const cell = extracted.cells[column.key];
      if (!cell) continue;
      const account = readValue(cell, column, context, findings);
      values.push(account);
      if (account.status === "accepted") cells[column.key] = { value: account.value ?? null, accepted: true };
      else if (account.status === "rejected") cells[column.key] = { value: account.raw, accepted: false };
    }
    rows.push({ sheet: report.sheet, row: extracted.row, cells, unit: source.unit, file: source.file });
  }
  if (report.headFound && report.missing.length > 0) {
    const labels = report.missing.map((key) => template.columns.find((c) => c.key === key)?.label ?? key).join("、");
    findings.push({ ...problem("consolidate.finding.missing-indicators", { count: report.missing.length, labels }), severity: "verify", sheet: report.sheet });
  }
  return { values, rows, findings };
}
