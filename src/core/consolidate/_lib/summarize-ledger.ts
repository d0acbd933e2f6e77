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
    for (const rows of stacked) {
      const column = ledgerColumn(rows, status.column);
      for (let r = 0; r < rows.rows.length; r++) {
        const value = acceptedText(rows, r, column);
        if (value !== undefined && value in statusCounts) statusCounts[value]++;
        else unknownStatus++;
        if (value !== undefined && status.doneValues.includes(value)) done++;
      }
    }
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
