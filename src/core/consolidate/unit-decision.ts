/**
 * The consolidating clerk's answer for a sheet whose 填报单位 and file name name two units of the
 * roster (consolidate.input.unit-conflict): count it for the unit the sheet names ("header") or the
 * one the file name names ("file"). A sheet without an answer is kept apart, as before.
 */
export type UnitDecision = "header" | "file";

/** The clerk's answers, by unitDecisionKey(file, sheet). */
export type UnitDecisions = Readonly<Record<string, UnitDecision>>;

/** Which file's which sheet an answer is for: a file may hold several units' sheets. */
export function unitDecisionKey(file: string, sheet: string): string {
  return JSON.stringify([file, sheet]);
}
