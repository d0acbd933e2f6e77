import { rosterFromSheet, type Roster } from "../../core/consolidate";
import { problemText } from "../../core/locale";
import type { SheetSnapshot } from "../../core/sheet";

/** The roster from the first visible sheet that reads as one, or every sheet's problems in words. */
export function rosterFromSheets(sheets: readonly SheetSnapshot[]): { ok: true; roster: Roster } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  for (const sheet of sheets.filter((s) => s.visibility === "visible")) {
    const result = rosterFromSheet(sheet);
    if (result.ok) return { ok: true, roster: result.roster };
    problems.push(...result.problems.map((p) => problemText(p)));
  }
  return { ok: false, problems };
}
