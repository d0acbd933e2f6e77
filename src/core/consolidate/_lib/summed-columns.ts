import type { LedgerColumn, LedgerTemplate } from "../../template/types";

const NUMERIC = new Set(["integer", "decimal", "money"]);

/** The ledger's columns that consolidation totals: the numeric ones, less those marked as only numbering rows. */
export function summedColumns(template: LedgerTemplate): LedgerColumn[] {
  return template.columns.filter((c) => NUMERIC.has(c.kind) && c.aggregate !== "none");
}
