import type { CellLook, LookOf } from "../../_lib/mark-plan";
import { cellKey, type CellNote, type NoteKind } from "./mark-notes";

/** A sheet whose cells a marker reads and then changes, with what was queued to read them. */
export interface LoadedSheet {
  /** The name as the workbook spells it. */
  name: string;
  sheet: Excel.Worksheet;
  cells: Map<string, { range: Excel.Range; note?: Excel.Note }>;
}

/** What the host can tell about a cell's look. */
export interface LookFeatures {
  notes: NoteKind;
  /** RangeFill.pattern (ExcelApi 1.9) tells "no fill" from a white fill. */
  pattern: boolean;
}

/**
 * Queue, without syncing, what the marks need to know of some cells of a sheet: the fill and the
 * note, and the sheet's protection. Every cell is a load in the same request, so the caller syncs
 * once however many cells there are.
 */
export function queueSheetLooks(sheet: Excel.Worksheet, name: string, cells: Iterable<string>, features: LookFeatures): LoadedSheet {
  sheet.protection.load("protected,options");
  const loaded: LoadedSheet = { name, sheet, cells: new Map() };
  for (const cell of cells) {
    if (loaded.cells.has(cell)) continue;
    const range = sheet.getRange(cell);
    if (features.pattern) range.format.fill.load("color,pattern");
    else range.format.fill.load("color");
    let note: Excel.Note | undefined;
    if (features.notes === "notes") {
      note = sheet.notes.getItemOrNullObject(cell);
      note.load("content");
    }
    loaded.cells.set(cell, { range, note });
  }
  return loaded;
}

/** Excel reports "no fill" as white; where the pattern is known, "None" says it for sure. */
function fillOf(fill: Excel.RangeFill, features: LookFeatures): string | null {
  if (features.pattern && fill.pattern === "None") return null;
  const colour = (fill.color ?? "").replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(colour)) return null;
  return !features.pattern && colour === "FFFFFF" ? null : colour;
}

/** The note or comment on a loaded cell, if any. */
export function noteOn(sheet: LoadedSheet, cell: string, comments: ReadonlyMap<string, Excel.Comment>): CellNote | undefined {
  const note = sheet.cells.get(cell)?.note;
  if (note && !note.isNullObject) return note;
  // A threaded comment: ours from an Excel without notes, or the clerk's.
  return comments.get(cellKey(sheet.name, cell));
}

/** The looks of the loaded cells, after the sync; cells of sheets that were not loaded (gone) have none. */
export function looksOf(sheets: readonly LoadedSheet[], comments: ReadonlyMap<string, Excel.Comment>, features: LookFeatures): LookOf {
  const bySheet = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  return (sheetName, cell): CellLook | undefined => {
    const sheet = bySheet.get(sheetName.toLowerCase());
    const loaded = sheet?.cells.get(cell);
    if (!sheet || !loaded) return undefined;
    return {
      fill: fillOf(loaded.range.format.fill, features),
      note: noteOn(sheet, cell, comments)?.content ?? null,
      // Before ExcelApi 1.18 notes cannot be read: a mark's note left by a newer Excel is out of sight.
      noteUnseen: features.notes !== "notes",
    };
  };
}
