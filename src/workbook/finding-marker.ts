import type { Finding } from "../core/validate";

/**
 * The very hidden sheet that remembers which cells the last audit marked and what they looked like
 * before (sheet, cell, original fill or none, the mark's colour, the note added), so the next run —
 * in this session or after the workbook was closed and reopened, in Excel or from the command line —
 * puts back exactly what was there.
 */
export const MARKS_SHEET = "_huibao_marks";

/**
 * Audit findings shown on the sheet itself: each finding's cell gets a fill by severity (错误 light
 * red, 核实 light orange, 提示 light blue) and a note "【错误】message（建议：fix）" (several findings
 * on one cell share one note, a line each). Marks of the previous run are taken off first.
 *
 * What the clerk did in between wins: a marked cell re-coloured since keeps the clerk's colour, a
 * note the clerk edited is kept, and a cell that already carries the clerk's own note is filled but
 * gets no note of ours.
 */
export interface FindingMarker {
  /** Take off the previous marks on this sheet (restoring each cell's fill and removing its note), then mark the findings located on it. */
  mark(sheet: string, findings: Finding[]): Promise<void>;
  /** Take off the marks of one sheet, or of every sheet when none is named. */
  clear(sheet?: string): Promise<void>;
  /**
   * Accept a 核实 finding: the 说明 is written as text into the given 备注 cell. Text already in the
   * cell is kept (the 说明 is added after it), unless the 说明 given already contains it.
   */
  acceptWithNote(sheet: string, noteCell: string, note: string): Promise<void>;
}
