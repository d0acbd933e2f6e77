import { marksToRows, type StoredMark } from "../../_lib/mark-rows";
import type { CellChange } from "../../_lib/mark-plan";
import { MARKS_SHEET } from "../../finding-marker";
import { TEXT_FORMAT } from "./excel-values";
import { noteOn, type LoadedSheet } from "./mark-looks";
import type { NoteKind } from "./mark-notes";

/**
 * Queue the cell changes of a plan on sheets loaded by `queueSheetLooks`. A note of ours is updated
 * in place; a new one is added as a note or a threaded comment, whichever this Excel offers.
 */
export function queueChanges(
  context: Excel.RequestContext,
  sheets: readonly LoadedSheet[],
  comments: ReadonlyMap<string, Excel.Comment>,
  changes: readonly CellChange[],
  notes: NoteKind,
): void {
  const bySheet = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  for (const change of changes) {
    const sheet = bySheet.get(change.sheet.toLowerCase());
    const range = sheet?.cells.get(change.cell)?.range;
    if (!sheet || !range) continue;
    if (change.fill) {
      if (change.fill.colour === null) range.format.fill.clear();
      else range.format.fill.color = "#" + change.fill.colour;
    }
    if (change.note === "keep") continue;
    const existing = noteOn(sheet, change.cell, comments);
    if (change.note === "remove") existing?.delete();
    else if (existing) existing.content = change.note.text;
    else if (notes === "notes") sheet.sheet.notes.add(change.cell, change.note.text);
    else if (notes === "comments") context.workbook.comments.add(range, change.note.text, "Plain");
  }
}

/**
 * Queue the marks as the whole content of the very hidden marks sheet, created only when there is
 * something to remember. All cells are text ("@"), so a sheet named "-1" or a note "=…" stays text.
 */
export function queueStore(context: Excel.RequestContext, existing: Excel.Worksheet | null, marks: readonly StoredMark[]): void {
  if (!existing && marks.length === 0) return;
  const sheet = existing ?? context.workbook.worksheets.add(MARKS_SHEET);
  if (existing) sheet.getRange().clear("Contents");
  const rows = marksToRows(marks);
  const range = sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length);
  range.numberFormat = rows.map((r) => r.map(() => TEXT_FORMAT));
  range.values = rows;
  sheet.visibility = "VeryHidden";
}
