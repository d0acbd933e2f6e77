import { unitDecisionKey, type ConsolidationResult } from "../../core/consolidate";
import { problemText } from "../../core/locale";

/** A sheet kept apart because its 填报单位 names one unit of the roster and its file name another: the clerk is asked. */
export interface UnitConflict {
  /** The key its answer goes under (unitDecisionKey). */
  key: string;
  file: string;
  sheet: string;
  cell: string;
  /** The 填报单位 as written, the unit it names, and the unit the file name names. */
  written: string;
  byHeader: string;
  byFile: string;
}

/** The inputs refused for naming two units, in the order of the 来源清单. */
export function unitConflicts(result: ConsolidationResult): UnitConflict[] {
  const found: UnitConflict[] = [];
  for (const input of result.inputs) {
    const reason = input.reason;
    if (input.status !== "rejected" || reason?.code !== "consolidate.input.unit-conflict") continue;
    // A problem's text parameters may be problems themselves; these are names, worded as they are.
    const [file, sheet, cell, written, byHeader, byFile] = [reason.params.file, reason.params.sheet, reason.params.cell, reason.params.written, reason.params.byHeader, reason.params.byFile].map(
      (p) => (typeof p === "string" ? p : problemText(p)),
    );
    found.push({ key: unitDecisionKey(file, sheet), file, sheet, cell, written, byHeader, byFile });
  }
  return found;
}
