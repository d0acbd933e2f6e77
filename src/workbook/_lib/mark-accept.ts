import { message } from "../../core/locale";
import { normalCell } from "./mark-plan";

/**
 * The 备注 cell's text once a 说明 is accepted. Nothing a clerk wrote is lost: text already in the
 * cell stays and the 说明 follows it, unless the 说明 already holds that text (the clerk edited the
 * whole 备注) or the cell already holds the 说明 (accepted twice).
 */
export function acceptedNoteText(existing: string, note: string): string {
  const before = existing.trim();
  const added = note.trim();
  if (!before || added.includes(before)) return added;
  if (before.includes(added)) return before;
  return `${before}；${added}`;
}

/**
 * The 备注 cell as "B5", refusing an empty 说明 (a 核实 finding is accepted only with a written
 * reason) or an address that is not a cell: both are a caller's mistake, not the clerk's data.
 */
export function acceptTarget(sheet: string, noteCell: string, note: string): string {
  const cell = normalCell(noteCell);
  if (!cell) throw new RangeError(message("marks.bad-cell", { sheet, cell: noteCell }));
  if (!note.trim()) throw new RangeError(message("marks.note-empty", { sheet, cell }));
  return cell;
}
