import type { LedgerTemplate } from "../../template/types";
import type { LedgerSummary } from "../consolidation-result";
import { acceptedNumber, acceptedText, ledgerColumn, type LedgerRows } from "../ledger-rows";
import { exactSum } from "./exact-sum";
import { summedColumns } from "./summed-columns";

/** The units' rows stacked in unit order, counted by status, with the numeric columns summed. */
export function summarizeLedger(template: LedgerTemplate, stacked: readonly LedgerRows[]): LedgerSummary {
  const status = template.status;
  const options = status ? (template.columns.find((c) => c.key === status.column)?.options ?? []) : [];
  const statusCounts: Record<string, number> = Object.fromEntries(options.map((o) => [o, 0]));
  let unknownStatus = 0;
  let done = 0;
  let rowCount = 0;
  for (const rows of stacked) rowCount += rows.rows.length;
  if (status) {
    // The options counted by a map and written into the object after: a text read from a file is no key the
    // engine holds, and `in`, then a read and a write of the object by it, each searched the engine's own
    // table of strings, 60,000 rows of a ledger summary over. Any other text goes the object's way, as before.
    const optionAt = new Map(options.map((option, i) => [option, i]));
    const optionCounts = options.map(() => 0);
    for (const rows of stacked) {
      const column = ledgerColumn(rows, status.column);
      for (let r = 0; r < rows.rows.length; r++) {
        const value = acceptedText(rows, r, column);
        const at = value === undefined ? undefined : optionAt.get(value);
        if (at !== undefined) optionCounts[at]++;
        else if (value !== undefined && value in statusCounts) statusCounts[value]++;
        else unknownStatus++;
        if (value !== undefined && status.doneValues.includes(value)) done++;
      }
    }
    for (const [option, at] of optionAt) statusCounts[option] = optionCounts[at];
  }
  const columnTotals: Record<string, number> = {};
  for (const summed of summedColumns(template)) {
    const numbers: number[] = [];
    for (const rows of stacked) {
      const column = ledgerColumn(rows, summed.key);
      for (let r = 0; r < rows.rows.length; r++) {
        const value = acceptedNumber(rows, r, column);
        if (value !== undefined) numbers.push(value);
      }
    }
    if (numbers.length) columnTotals[summed.key] = exactSum(numbers);
  }
  return { stacked: [...stacked], rowCount, statusCounts, unknownStatus, done, columnTotals };
}
