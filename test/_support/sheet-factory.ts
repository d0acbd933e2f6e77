import { plannedSheet } from "../../src/core/form";
import type { CellValue, SheetSnapshot } from "../../src/core/sheet";

/** A snapshot from rows of values, as an adapter would read them. */
export function sheetOf(rows: CellValue[][], extra: Partial<SheetSnapshot> = {}): SheetSnapshot {
  return { name: "Sheet1", visibility: "visible", rows, merges: [], ...extra };
}

/** The snapshot of a planned sheet after some writes: what reading the sheet back would give. */
export const sheetFromPlan = plannedSheet;
