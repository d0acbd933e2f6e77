import { problem } from "../../locale";
import type { UnitFigure } from "../consolidation-result";
import { exactSum } from "./exact-sum";
import type { InputCandidate, InputOutcome } from "./read-input";

/** How far a total may be from the sum of its parts and still be that sum (decimals written to 2 places). */
const TOLERANCE = 0.005;

function numbers(figures: Record<string, UnitFigure>): Map<string, number> {
  const out = new Map<string, number>();
  // Rates and 合计 recomputed from the unit's own figures are not what it wrote: they prove nothing.
  for (const [key, figure] of Object.entries(figures)) if (typeof figure.value === "number" && !figure.recomputed) out.set(key, figure.value);
  return out;
}

/**
 * The sheet of these whose every figure is the sum of the others' (a town's total sheet followed by its
 * villages' sheets), when exactly one is; at least two parts and one figure other than 0 are needed,
 * so a copy of a single sheet or sheets of zeros prove nothing.
 */
function totalOfParts(candidates: readonly InputCandidate[]): InputCandidate | undefined {
  if (candidates.length < 3) return undefined;
  const figures = candidates.map((c) => numbers(c.figures));
  const totals = candidates.filter((_, i) => {
    const total = figures[i];
    const parts = figures.filter((_, j) => j !== i);
    const keys = new Set([...total.keys(), ...parts.flatMap((p) => [...p.keys()])]);
    if (![...total.values()].some((v) => v !== 0)) return false;
    for (const key of keys) {
      const sum = exactSum(parts.map((p) => p.get(key) ?? 0));
      if (Math.abs(sum - (total.get(key) ?? 0)) > TOLERANCE) return false;
    }
    return true;
  });
  return totals.length === 1 ? totals[0] : undefined;
}

/**
 * Which sheets of one file count, when it holds several: one sheet per unit (the first of
 * pickSheets' order: the bound one, else the surest); a sheet that is the total of the others (a town's
 * own total and its villages' sheets) stands for them, and they are listed, not added again. The
 * units that remain are counted each under its own name, and told.
 */
export function settleSheets(outcomes: InputOutcome[]): InputOutcome[] {
  const candidates = outcomes.flatMap((o) => (o.kind === "candidate" ? [o.candidate] : []));
  if (candidates.length < 2) return outcomes;
  const out: InputOutcome[] = outcomes.filter((o) => o.kind === "rejected");

  const firstOfUnit = new Map<string, InputCandidate>();
  const distinct: InputCandidate[] = [];
  for (const c of candidates) {
    const first = firstOfUnit.get(c.identity.key);
    if (!first) {
      firstOfUnit.set(c.identity.key, c);
      distinct.push(c);
      continue;
    }
    const reason = problem("consolidate.input.same-unit-sheet", { file: c.account.file, sheet: c.account.sheet!, unit: c.identity.name, kept: first.account.sheet! });
    out.push({ kind: "rejected", account: { ...c.account, status: "rejected", reason }, severity: "hint" });
  }

  const total = totalOfParts(distinct);
  const counted = total ? [total] : distinct;
  if (total) {
    for (const part of distinct.filter((c) => c !== total)) {
      const params = { file: part.account.file, sheet: part.account.sheet!, unit: part.identity.name, total: total.identity.name, totalSheet: total.account.sheet! };
      out.push({ kind: "rejected", account: { ...part.account, status: "rejected", reason: problem("consolidate.input.part-of-total", params) }, severity: "hint" });
    }
  }
  if (counted.length > 1) {
    const notice = problem("consolidate.finding.several-units", { file: counted[0].account.file, count: counted.length, units: counted.map((c) => c.identity.name).join("、") });
    counted.forEach((c) => c.drafts.push({ ...notice, severity: "hint", sheet: c.account.sheet }));
  }
  return [...counted.map((candidate) => ({ kind: "candidate" as const, candidate })), ...out];
}
