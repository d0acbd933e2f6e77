import type { ExtractedReport } from "../../extract";
import { message } from "../../locale";
import type { LedgerTemplate } from "../../template/types";
import type { StackedLedgerRow, ValueAccount } from "../consolidation-result";
import type { FindingDraft } from "./finding-draft";
import { readValue } from "./read-value";

export interface LedgerReading {
  values: ValueAccount[];
  /** The unit's rows, ready to stack (the unit's name is filled in once it is known). */
  rows: Array<Omit<StackedLedgerRow, "unit" | "file">>;
  findings: FindingDraft[];
}

/**
 * Every cell of every row of a unit's ledger, read by its column's kind. A rejected cell keeps its
 * text in the stacked row (nothing a unit wrote is lost) and is accounted for as rejected.
 */
export function readLedgerReport(template: LedgerTemplate, report: ExtractedReport, year?: number): LedgerReading {
  const values: ValueAccount[] = [];
  const rows: LedgerReading["rows"] = [];
  const findings: FindingDraft[] = [];
  for (const extracted of report.rows) {
    const cells: StackedLedgerRow["cells"] = {};
    for (const column of template.columns) {
      const cell = extracted.cells[column.key];
      if (!cell) continue;
      const reading = readValue(cell, column, { sheet: report.sheet, year });
      values.push(reading.account);
      findings.push(...reading.findings);
      const { account } = reading;
      if (account.status === "accepted") cells[column.key] = { value: account.value ?? null, accepted: true };
      else if (account.status === "rejected") cells[column.key] = { value: account.raw, accepted: false };
    }
    rows.push({ sheet: report.sheet, row: extracted.row, cells });
  }
  if (report.headFound && report.missing.length > 0) {
    const labels = report.missing.map((key) => template.columns.find((c) => c.key === key)?.label ?? key).join("、");
    findings.push({
      severity: "verify",
      code: "consolidate.finding.missing-indicators",
      sheet: report.sheet,
      message: message("consolidate.finding.missing-indicators", { count: report.missing.length, labels }),
    });
  }
  return { values, rows, findings };
}
