import { normalizeUnitName } from "./normalize-unit-name";
import type { Roster, RosterUnit } from "./roster";

/** How a name was found in the roster, strongest first. */
export type UnitMatchHow = "exact" | "alias" | "normalized" | "fuzzy";

export interface UnitMatch {
  unit: RosterUnit;
  how: UnitMatchHow;
  /** 1 for the name itself; lower the looser the match. Fuzzy matches stay at or below 0.85. */
  confidence: number;
  /** The roster name or alias that matched. */
  matched: string;
}

const CONFIDENCE: Record<Exclude<UnitMatchHow, "fuzzy">, number> = { exact: 1, alias: 0.98, normalized: 0.95 };
const FUZZY_CEILING = 0.85;
/**
 * Below this a likeness is no match at all. Shared character pairs alone must be high: 东门社区 and
 * 西门社区 share two of three pairs (0.67) and are different places.
 */
const FUZZY_FLOOR = 0.7;

function namesOf(unit: RosterUnit): string[] {
  return [unit.name, ...unit.aliases];
}

function bigrams(text: string): string[] {
  const chars = [...text];
  return chars.length < 2 ? chars : chars.slice(1).map((c, i) => chars[i] + c);
}

/** Dice's coefficient over character pairs: 1 for equal texts, 0 for nothing in common. */
function dice(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const g of right) pool.set(g, (pool.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of left) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      shared++;
      pool.set(g, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * How alike two normalised names are: one inside the other ("某某县城关镇" and "城关镇", "城关" and
 * "城关镇") is a match (0.7 up, by how much of the longer one is covered); otherwise Dice's
 * coefficient over character pairs.
 */
function likeness(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if ([...short].length >= 2 && long.includes(short)) return 0.7 + (0.3 * [...short].length) / [...long].length;
  return dice(a, b);
}

/** A roster unit under one of its names, and the name as the roster writes it. */
interface Named {
  unit: RosterUnit;
  matched: string;
}

/**
 * A roster's names looked up rather than searched for: every file of a consolidation is matched, often
 * several times (填报单位, pieces of its file name), and a search of 2,000 units for each of 2,000 files
 * made matching quadratic. Each key keeps the first unit in roster order that has it, and its first
 * name that does, which is what the searches found.
 */
interface RosterIndex {
  byName: Map<string, Named>;
  byAlias: Map<string, Named>;
  byNormalized: Map<string, Named>;
  /** Each unit's names normalised, in roster order, for the likeness of a name found by none of the maps. */
  normalizedNames: Array<{ unit: RosterUnit; names: Array<{ n: string; normalized: string }> }>;
}

/** Built once per list of units (a roster is not changed once read). */
const indexes = new WeakMap<readonly RosterUnit[], RosterIndex>();

function indexOf(roster: Roster): RosterIndex {
  let index = indexes.get(roster.units);
  if (index) return index;
  index = { byName: new Map(), byAlias: new Map(), byNormalized: new Map(), normalizedNames: [] };
  const keep = (map: Map<string, Named>, key: string, unit: RosterUnit, matched: string) => {
    if (!map.has(key)) map.set(key, { unit, matched });
  };
  for (const unit of roster.units) {
    keep(index.byName, unit.name.normalize("NFKC").trim(), unit, unit.name);
    for (const alias of unit.aliases) keep(index.byAlias, alias.normalize("NFKC").trim(), unit, alias);
    const names = namesOf(unit).map((n) => ({ n, normalized: normalizeUnitName(n) }));
    for (const { n, normalized } of names) keep(index.byNormalized, normalized, unit, n);
    index.normalizedNames.push({ unit, names });
  }
  indexes.set(roster.units, index);
  return index;
}

/**
 * The roster unit a name (填报单位, or a piece of a file name) stands for. Tries the name, then the
 * aliases, then both normalised (城关镇人民政府 → 城关镇), then a fuzzy likeness; a fuzzy match that two
 * units share equally is no match, since guessing between them would misfile a report. With `fuzzy`
 * false, a name none of the first three finds is no match.
 */
export function matchUnit(name: string, roster: Roster, options: { fuzzy?: boolean } = {}): UnitMatch | undefined {
  const text = name.normalize("NFKC").trim();
  if (!text) return undefined;
  const index = indexOf(roster);
  const exact = index.byName.get(text);
  if (exact) return { unit: exact.unit, how: "exact", confidence: CONFIDENCE.exact, matched: exact.matched };
  const alias = index.byAlias.get(text);
  if (alias) return { unit: alias.unit, how: "alias", confidence: CONFIDENCE.alias, matched: alias.matched };
  const key = normalizeUnitName(text);
  if (!key) return undefined;
  const normalized = index.byNormalized.get(key);
  if (normalized) return { unit: normalized.unit, how: "normalized", confidence: CONFIDENCE.normalized, matched: normalized.matched };
  // The likeness is measured against every unit of the roster: only where a fuzzy match is any use.
  if (options.fuzzy === false) return undefined;

  let best: { unit: RosterUnit; score: number; matched: string } | undefined;
  let tied = false;
  for (const { unit, names } of index.normalizedNames) {
    const scored = names.map(({ n, normalized }) => ({ n, score: likeness(key, normalized) })).sort((a, b) => b.score - a.score)[0];
    if (!scored || scored.score < FUZZY_FLOOR) continue;
    if (!best || scored.score > best.score) {
      best = { unit, score: scored.score, matched: scored.n };
      tied = false;
    } else if (scored.score === best.score) tied = true;
  }
  if (!best || tied) return undefined;
  return { unit: best.unit, how: "fuzzy", confidence: Math.round(best.score * FUZZY_CEILING * 100) / 100, matched: best.matched };
}
