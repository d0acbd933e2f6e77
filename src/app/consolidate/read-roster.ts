import { rosterFromSheet, type Roster } from "../../core/consolidate";
import type { Problem } from "../../core/locale";
import type { RosterSource } from "./unit-source";

/** Why a roster cannot be used: every sheet's problems. */
export interface RosterRefusal {
  kind: "roster-unusable";
  roster: string;
  problems: Problem[];
}

/** The roster from the first visible sheet that reads as one, or every sheet's problems. */
export async function readRoster(source: RosterSource): Promise<{ roster: Roster } | { refusal: RosterRefusal }> {
  const read = await source.read();
  const problems: Problem[] = [];
  if (!read.ok) problems.push(read.problem);
  for (const sheet of read.ok ? read.sheets.filter((s) => s.visibility === "visible") : []) {
    const result = rosterFromSheet(sheet);
    if (result.ok) return { roster: result.roster };
    problems.push(...result.problems);
  }
  return { refusal: { kind: "roster-unusable", roster: source.name, problems } };
}
