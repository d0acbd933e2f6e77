import { cellText } from "../form/cell-text";
import type { CellValue } from "../sheet";
import { memoizeObject } from "../_lib/object-memo";
import type { LedgerTemplate } from "../template/types";
import { cellHolding } from "./_lib/cell";
import type { ExtractedCell, ExtractedLedgerRow, ExtractedReport, LedgerEntries } from "./extracted-report";

/** The keys of a ledger template's columns, one array per template: what its reports' entries are laid out by. */
export const ledgerColumnKeys = memoizeObject((template: LedgerTemplate): readonly string[] => template.columns.map((column) => column.key));

/**
 * A ledger report's entries, for the readers that count and audit them by `template`'s columns. A report
 * holding rows but no entries (made by hand, not by extractLedger) is refused outright: read as "no
 * entries" its rows would silently count as nothing. So are entries laid out by other columns than the
 * template's (extracted with another version of the form): read by index, a value would land under
 * another column.
 */
export function ledgerEntriesOf(report: ExtractedReport, template: LedgerTemplate): LedgerEntries | undefined {
  if (!report.entries && report.rows.length > 0) throw new Error(`ledger report of sheet ${report.sheet} has rows but no entries: make it with extractLedger`);
  const entries = report.entries;
  if (entries && !sameKeys(entries.keys, ledgerColumnKeys(template)))
    throw new Error(`ledger report of sheet ${report.sheet} was extracted by the columns ${entries.keys.join(",")}, not ${template.id}'s ${ledgerColumnKeys(template).join(",")}`);
  return entries;
}

/** Whether two lists of column keys are the same keys in the same order (the same array, in a consolidation). */
function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((key, i) => key === b[i]));
}

/** The value of an entry's cell in the template's column `column` (null where the sheet has no such column). */
export function entryValue(entries: LedgerEntries, entry: number, column: number): CellValue {
  return entries.values[entry * entries.columns.length + column];
}

/** Whether the entry's cell in that column holds a formula's result. */
export function entryFormula(entries: LedgerEntries, entry: number, column: number): true | undefined {
  return entries.formulas?.[`${entries.rows[entry]},${entries.columns[column]}`] !== undefined ? true : undefined;
}

/** The entry's cell in that column as text, as the clerk sees it (ExtractedCell.text); undefined where the sheet has no such column. */
export function entryText(entries: LedgerEntries, entry: number, column: number): string | undefined {
  return entries.columns[column] < 0 ? undefined : cellText(entryValue(entries, entry, column)).trim();
}

/** The entry's cell in that column, as extractCell makes it (made once); undefined where the sheet has no such column. */
export function entryCell(entries: LedgerEntries, entry: number, column: number): ExtractedCell | undefined {
  const col = entries.columns[column];
  if (col < 0) return undefined;
  const at = entry * entries.columns.length + column;
  return (entries.cells[at] ??= cellHolding(entries.rows[entry], col, entries.values[at], entries.formulas));
}

/**
 * The entries as rows of cells by column key, in the order the sheet's heads were found: what
 * ExtractedReport.rows gives, made only when asked for (by the pane's audit, not by a consolidation).
 */
export function entryRows(entries: LedgerEntries, keys: readonly string[]): ExtractedLedgerRow[] {
  const found = keys.map((key, column) => ({ key, column })).filter(({ column }) => entries.columns[column] >= 0);
  // Heads in the order of their columns on the sheet, as extractLedger found them.
  found.sort((a, b) => entries.columns[a.column] - entries.columns[b.column]);
  return entries.rows.map((row, entry) => {
    const cells: Record<string, ExtractedCell> = {};
    for (const { key, column } of found) cells[key] = entryCell(entries, entry, column)!;
    return { row, cells };
  });
}
