import { problem, type Problem } from "../../locale";
import type { FindingDraft } from "./finding-draft";
import { matchUnit, type UnitMatch, type UnitMatchHow } from "../match-unit";
import { normalizeUnitName } from "../normalize-unit-name";
import type { Roster, RosterUnit } from "../roster";
import { rosterLevels } from "../roster-levels";
import { unitNameFromFileName } from "../unit-name-from-file-name";
import type { UnitDecision } from "../unit-decision";

export interface UnitIdentity {
  /** The name counted: the roster's, or as written for a unit outside the roster. */
  name: string;
  /** Files with the same key come from the same unit. */
  key: string;
  rosterUnit?: RosterUnit;
  written: string;
  source: "header" | "file-name";
  how: UnitMatchHow | "outside-roster" | "no-roster" | "clerk-decided";
  confidence: number;
  findings: FindingDraft[];
  /**
   * The form names one unit of the roster and the file name plainly another (县卫健局.xlsx still saying
   * 城关镇): whose report it is cannot be told, so it must not be counted for either.
   */
  conflict?: { byFile: string };
}

function baseName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]+$/, "");
}

/** The piece of the file name that matches the roster best (the first of equals). */
function bestOf(names: readonly string[], roster: Roster, options: { fuzzy?: boolean } = {}): (UnitMatch & { piece: string }) | undefined {
  let best: (UnitMatch & { piece: string }) | undefined;
  for (const piece of names) {
    const match = matchUnit(piece, roster, options);
    if (match && (!best || match.confidence > best.confidence)) best = { ...match, piece };
  }
  return best;
}

function keyOf(name: string, rosterUnit?: RosterUnit): string {
  return rosterUnit ? `roster:${rosterUnit.name}` : `name:${normalizeUnitName(name) || name}`;
}

/** A doubt about the unit, for the clerk to check (核实). */
function verify(about: Problem<Extract<FindingDraft["code"], `consolidate.finding.unit-${string}`>>): FindingDraft {
  return { ...about, severity: "verify" };
}

/**
 * Which unit a file comes from: the form's 填报单位 first, then the file name, matched against the
 * roster. A name the roster does not know is still counted under its own name, and flagged.
 */
export function identifyUnit(
  header: string | undefined,
  fileName: string,
  titles: readonly string[],
  roster?: Roster,
  /** False where the file holds several units' forms: its name then speaks for none of them in particular. */
  fileNameNamesUnit = true,
  /** The clerk's answer, should the form and the file name name two units. */
  decision?: UnitDecision,
): UnitIdentity {
  const written = header?.trim() ?? "";
  // The file name is read only when the form does not settle the unit: most forms name it.
  let pieces: string[] | undefined;
  const fromFile = () => (pieces ??= unitNameFromFileName(fileName, titles));
  if (roster) {
    const byHeader = written ? matchUnit(written, roster) : undefined;
    // Beside a 填报单位 the roster knows, only a plain match of the file name counts (a fuzzy one is no
    // conflict), and a plain match outranks every fuzzy one: no likeness to the whole roster is measured.
    const byFile = bestOf(fromFile(), roster, byHeader ? { fuzzy: false } : {});
    if (byHeader) {
      const findings: FindingDraft[] = [];
      if (byHeader.how === "fuzzy") findings.push(verify(problem("consolidate.finding.unit-fuzzy", { written, unit: byHeader.unit.name })));
      const identity: UnitIdentity = { name: byHeader.unit.name, key: keyOf("", byHeader.unit), rosterUnit: byHeader.unit, written, source: "header", how: byHeader.how, confidence: byHeader.confidence, findings };
      if (fileNameNamesUnit && byFile && byFile.unit !== byHeader.unit && byFile.how !== "fuzzy") {
        // Both plain names of two units: a form copied from another unit's file and sent on unchanged. A
        // village's form in a file named after its town is the village's, forwarded: counted as the village's.
        const forwarded = rosterLevels(roster).ancestors(byHeader.unit).includes(byFile.unit);
        if (byHeader.how !== "fuzzy" && !forwarded) {
          if (!decision) return { ...identity, conflict: { byFile: byFile.unit.name } };
          // The clerk settled it: counted for the unit chosen, and 审核情况 says the clerk chose.
          const unit = decision === "header" ? byHeader.unit : byFile.unit;
          const decided: FindingDraft = { severity: "hint", ...problem("consolidate.finding.unit-decided", { written, file: fileName, unit: unit.name, by: decision }) };
          return { name: unit.name, key: keyOf("", unit), rosterUnit: unit, written, source: decision === "header" ? "header" : "file-name", how: "clerk-decided", confidence: 1, findings: [decided] };
        }
        const params = { written, byHeader: byHeader.unit.name, file: fileName, byFile: byFile.unit.name };
        findings.push(verify(problem("consolidate.finding.unit-conflict", params)));
      }
      return identity;
    }
    if (byFile) {
      const finding: FindingDraft = written
        ? verify(problem("consolidate.finding.unit-by-file-name", { written, file: fileName, unit: byFile.unit.name }))
        : { severity: "hint", ...problem("consolidate.finding.unit-from-file-name", { file: fileName, unit: byFile.unit.name }) };
      const findings = [finding];
      if (byFile.how === "fuzzy") findings.push(verify(problem("consolidate.finding.unit-fuzzy", { written: byFile.piece, unit: byFile.unit.name })));
      return { name: byFile.unit.name, key: keyOf("", byFile.unit), rosterUnit: byFile.unit, written: written || byFile.piece, source: "file-name", how: byFile.how, confidence: byFile.confidence, findings };
    }
  }
  const how = roster ? "outside-roster" : "no-roster";
  if (written) {
    const findings = roster ? [verify(problem("consolidate.finding.unit-outside-roster", { unit: written }))] : [];
    return { name: written, key: keyOf(written), written, source: "header", how, confidence: roster ? 0 : 1, findings };
  }
  const guessed = fromFile()[0];
  if (guessed) {
    const findings: FindingDraft[] = [{ severity: "hint", ...problem("consolidate.finding.unit-from-file-name", { file: fileName, unit: guessed }) }];
    if (roster) findings.push(verify(problem("consolidate.finding.unit-outside-roster", { unit: guessed })));
    return { name: guessed, key: keyOf(guessed), written: guessed, source: "file-name", how, confidence: roster ? 0 : 0.5, findings };
  }
  const file = baseName(fileName);
  const findings = [verify(problem("consolidate.finding.unit-unknown", { file: fileName, unit: file }))];
  return { name: file, key: keyOf(file), written: "", source: "file-name", how, confidence: 0, findings };
}
