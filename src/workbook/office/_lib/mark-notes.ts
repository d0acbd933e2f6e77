import type { IsSetSupported } from "./host-support";

/**
 * Where a finding's words go on a cell: Excel's notes (the yellow "批注" of old, ExcelApi 1.18),
 * threaded comments where notes are not offered yet (ExcelApi 1.10), or nowhere on older Excel (the
 * fill still shows the finding; the task pane lists its words).
 */
export type NoteKind = "notes" | "comments" | "none";

export function noteKindOf(isSetSupported: IsSetSupported): NoteKind {
  if (isSetSupported("ExcelApi", "1.18")) return "notes";
  if (isSetSupported("ExcelApi", "1.10")) return "comments";
  return "none";
}

/** A note or a comment: both have a text and can be deleted. */
export interface CellNote {
  content: string;
  delete(): void;
}

/** "'城关 镇'!B5" or "Sheet1!$B$5" as its sheet (unquoted) and cell. */
export function splitAddress(address: string): { sheet: string; cell: string } {
  const bang = address.lastIndexOf("!");
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell: address.slice(bang + 1).replace(/\$/g, "") };
}

/** The key of a cell of a sheet, alike however the sheet's name is cased. */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet.toLowerCase()}!${cell}`;
}

/**
 * Threaded comments are found through the workbook's collection: there is no "comment of this cell
 * or nothing" call. Queue each comment's location after the collection was loaded and synced; the
 * returned function, called after the next sync, maps "sheet!cell" keys to the comments.
 */
export function queueCommentLocations(comments: Excel.CommentCollection): () => Map<string, Excel.Comment> {
  const located = comments.items.map((comment) => {
    const location = comment.getLocation();
    location.load("address");
    return { comment, location };
  });
  return () => {
    const byCell = new Map<string, Excel.Comment>();
    for (const { comment, location } of located) {
      const { sheet, cell } = splitAddress(location.address);
      byCell.set(cellKey(sheet, cell), comment);
    }
    return byCell;
  };
}
