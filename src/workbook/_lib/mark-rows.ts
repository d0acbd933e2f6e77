/** One cell marked by the last audit, as remembered in the very hidden marks sheet. */
export interface StoredMark {
  sheet: string;
  /** A1 address. */
  cell: string;
  /** The cell's fill before the mark, RRGGBB, or null when it had none. */
  original: string | null;
  /**
   * The ExcelJS fill before the mark (JSON) when a colour alone cannot restore it (a theme colour, a
   * pattern); Excel restores `original` instead.
   */
  exactFill?: string;
  /** The colour the mark set, RRGGBB: a cell found in another colour later was re-coloured by the clerk. */
  mark: string;
  /** The note the mark added; "" when it added none. */
  note: string;
}

const HEAD = ["sheet", "cell", "original", "mark", "note", "exactFill"];
const NONE = "none";
const COLOUR = /^[0-9A-F]{6}$/;

/** The marks as rows of strings: a head row, then one row per marked cell. */
export function marksToRows(marks: readonly StoredMark[]): string[][] {
  return [HEAD, ...marks.map((m) => [m.sheet, m.cell, m.original ?? NONE, m.mark, m.note, m.exactFill ?? ""])];
}

/** Read the rows back; rows that are not marks (a stray edit) are skipped. */
export function rowsToMarks(rows: readonly (readonly unknown[])[]): StoredMark[] {
  const marks: StoredMark[] = [];
  for (const row of rows.slice(1)) {
    const [sheet, cell, original, mark, note, exactFill] = row.map((v) => (v === null || v === undefined ? "" : String(v)));
    if (!sheet || !cell || !COLOUR.test(mark ?? "")) continue;
    const stored: StoredMark = { sheet, cell, original: COLOUR.test(original ?? "") ? original : null, mark, note: note ?? "" };
    if (exactFill) stored.exactFill = exactFill;
    marks.push(stored);
  }
  return marks;
}
