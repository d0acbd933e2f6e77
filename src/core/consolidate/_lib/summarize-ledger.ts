import type { LedgerTemplate } from "../../template/types";
import type { LedgerSummary, StackedLedgerRow } from "../consolidation-result";
import { exactSum } from "./exact-sum";
import { summedColumns } from "./summed-columns";

/** The units' rows stacked in unit order, counted by status, with the numeric columns summed. */
export function summarizeLedger(template: LedgerTemplate, rows: readonly StackedLedgerRow[]): LedgerSummary {
  const status = template.status;
  const options = status ? (template.columns.find((c) => c.key === status.column)?.options ?? []) : [];
  const statusCounts: Record<string, number> = Object.fromEntries(options.map((o) => [o, 0]));
  let unknownStatus = 0;
  let done = 0;
  if (status) {
    for (const row of rows) {
      const cell = row.cells[status.column];
      const value = cell?.accepted && typeof cell.value === "string" ? cell.value : undefined;
      if (value !== undefined && value in statusCounts) statusCounts[value]++;
      else unknownStatus++;
      if (value !== undefined && status.doneValues.includes(value)) done++;
    }
  }
  const columnTotals: Record<string, number> = {};
  for (const column of summedColumns(template)) {
    const numbers: number[] = [];
    for (const row of rows) {
      const cell = row.cells[column.key];
      if (cell?.accepted && typeof cell.value === "number") numbers.push(cell.value);
    }
    if (numbers.length) columnTotals[column.key] = exactSum(numbers);
  }
  return { rows: [...rows], statusCounts, unknownStatus, done, columnTotals };
}
