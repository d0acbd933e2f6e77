import type { ExtractedReport } from "../../extract";
import { entryCell, ledgerEntriesOf } from "../../extract/ledger-entries";
import { problem } from "../../locale";
import type { ParsedValue } from "../../parse/parsed-value";
import type { LedgerTemplate } from "../../template/types";
import type { EntryPrior } from "../../validate/read-report";
import { valueAsItStands } from "../../parse/parse-value";
import type { ValueAccount } from "../consolidation-result";
import { emptyLedgerRows, setLedgerCell, type LedgerRows } from "../ledger-rows";
import type { FindingDraft } from "./finding-draft";
import { readParsedValue, type ValueContext } from "./read-value";

export interface LedgerReading {
  /** The values with something to say of them: rejected, converted, or read with a note. */
  values: ValueAccount[];
  /** Values accepted as typed, with nothing to say of them: counted, not listed (their figures are in `rows`). */
  unlisted: number;
  /** The unit's rows, ready to stack. */
  rows: LedgerRows;
  findings: FindingDraft[];
}

/** An accepted value read as typed: no note, no conversion, no 余 to keep. */
function asTyped(account: ValueAccount): boolean {
  return account.status === "accepted" && account.notes.length === 0 && !account.converted && !account.qualifier;
}

/**
 * Every cell of every row of a unit's ledger, read by its column's kind. A rejected cell keeps its
 * text in the stacked row (nothing a unit wrote is lost) and is accounted for as rejected. The rows
 * are made ready to stack, under the unit's name and its file, packed (see LedgerRows): each cell's
 * value put at its row's and its column's place, no object made for a row or a cell. A value accepted
 * as typed is only counted: 200 ledgers of 300 rows hold 720,000 of them, and the stacked rows
 * already say where each came from (file, sheet, row).
 * What each cell read as — its value as typed, a whole day as its Date, or its parse — is kept in `priors` for the audit, when
 * given, at the entry's place (entry × column count + column).
 */
export function readLedgerReport(
  template: LedgerTemplate,
  report: ExtractedReport,
  source: { unit: string; file: string },
  year?: number,
  priors?: (EntryPrior | undefined)[],
): LedgerReading {
  const values: ValueAccount[] = [];
  let unlisted = 0;
  const findings: FindingDraft[] = [];
  const entries = ledgerEntriesOf(report, template);
  const columns = template.columns;
  const width = columns.length;
  // The place being read, for `keep` to put the parse at (one function for the sheet, not one a cell).
  let at = 0;
  const keep = priors ? (_cell: unknown, parsed: ParsedValue) => void (priors[at] = parsed) : undefined;
  const context: ValueContext = { sheet: report.sheet, year, keep };
  // The template's columns the sheet has, in the template's order: the order of each stacked row's cells.
  const present = entries ? columns.flatMap((column, c) => (entries.columns[c] >= 0 ? [c] : [])) : [];
  const count = entries?.rows.length ?? 0;
  // The stacked rows have the template's columns, at the same places as the entries' (entry × width + column).
  const rows = emptyLedgerRows({ unit: source.unit, file: source.file, sheet: report.sheet }, template.columns.map((column) => column.key), count);
  // Indexed loops: this runs for every cell of every unit's ledger, often before it is optimised.
  for (let e = 0; e < count; e++) {
    rows.rows[e] = entries!.rows[e];
    for (let p = 0; p < present.length; p++) {
      const c = present[p];
      const column = columns[c];
      at = e * width + c;
      // A number or text as typed, or a whole day in a date column: accepted as it stands, no parse nor
      // account made. (A ledger states no unit of its own, so no value of it is read in another unit.)
      const standing = valueAsItStands(entries!.values[at], column);
      if (standing !== undefined) {
        setLedgerCell(rows, at, standing, true);
        if (priors) priors[at] = standing;
        unlisted++;
        continue;
      }
      const account = readParsedValue(entryCell(entries!, e, c)!, column, context, findings);
      // An accepted account always has its value (readParsedValue's accepted()).
      if (account.status === "accepted" && account.value !== undefined) setLedgerCell(rows, at, account.value, true);
      else if (account.status === "rejected") setLedgerCell(rows, at, account.raw, false);
      if (asTyped(account)) unlisted++;
      else values.push(account);
    }
  }
  if (report.headFound && report.missing.length > 0) {
    const labels = report.missing.map((key) => template.columns.find((c) => c.key === key)?.label ?? key).join("、");
    findings.push({ ...problem("consolidate.finding.missing-indicators", { count: report.missing.length, labels }), severity: "verify", sheet: report.sheet });
  }
  return { values, unlisted, rows, findings };
}
