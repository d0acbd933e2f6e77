import { decimalFromString, shift, type Decimal } from "./decimal";
import { memoizeString } from "../../_lib/string-memo";
import { FAMILIES } from "./unit-table";

/** One unit as the conversions see it: its family, its canonical spelling, and its size in the base. */
export interface UnitEntry {
  family: string;
  name: string;
  num: Decimal;
  den: Decimal;
}

/** Magnitude prefixes a unit may carry (万人, 亿元, 百万元), longest first so 万亿 wins over 万. */
export const UNIT_MAGNITUDES: readonly (readonly [string, number])[] = [
  ["万亿", 12],
  ["千万", 7],
  ["百万", 6],
  ["亿", 8],
  ["万", 4],
];

const ONE = decimalFromString("1")!;

const NAMED = buildNamed();

function buildNamed(): Map<string, UnitEntry> {
  const index = new Map<string, UnitEntry>();
  for (const family of FAMILIES) {
    for (const [name, [num, den]] of Object.entries(family.factors)) {
      index.set(name, { family: family.id, name, num: decimalFromString(num)!, den: decimalFromString(den)! });
    }
    if (family.noMagnitudes) continue;
    for (const [name, [num, den]] of Object.entries(family.factors)) {
      for (const [prefix, power] of UNIT_MAGNITUDES) {
        const prefixed = prefix + name;
        if (!index.has(prefixed)) {
          index.set(prefixed, { family: family.id, name: prefixed, num: shift(decimalFromString(num)!, power), den: decimalFromString(den)! });
        }
      }
    }
  }
  return index;
}

const ALIASES = new Map<string, string>(FAMILIES.flatMap((family) => Object.entries(family.aliases ?? {})));

/**
 * A unit as written → its canonical spelling: full-width letters folded (NFKC), brackets and spaces
 * dropped (（万元） → 万元), Latin lower-cased, aliases resolved (kg → 公斤, 万千克 → 万公斤).
 */
export const canonicalUnit = memoizeString(function canonicalUnit(unit: string): string {
  const folded = unit
    .normalize("NFKC")
    .replace(/[\s()[\]{}【】〔〕<>《》]/g, "")
    .replace(/[²]/g, "2")
    .replace(/[³]/g, "3")
    .toLowerCase();
  if (ALIASES.has(folded)) return ALIASES.get(folded)!;
  for (const [prefix] of UNIT_MAGNITUDES) {
    const rest = folded.startsWith(prefix) ? folded.slice(prefix.length) : "";
    if (rest && ALIASES.has(rest)) return prefix + ALIASES.get(rest)!;
  }
  return folded;
});

/** Is this a unit of one of the listed dimensions (money, mass, length, …)? Count units are not. */
export function isNamedUnit(unit: string): boolean {
  return NAMED.has(canonicalUnit(unit));
}

/**
 * The entry for a unit. Units outside the table are counts: X, 万X and 亿X form the family "count:X"
 * (人 and 万人; 人次 and 万人次; 只 and 万只).
 */
export const unitEntry = memoizeString(function unitEntry(unit: string): UnitEntry | undefined {
  const name = canonicalUnit(unit);
  if (name === "") return undefined;
  const named = NAMED.get(name);
  if (named) return named;
  for (const [prefix, power] of UNIT_MAGNITUDES) {
    const base = name.startsWith(prefix) ? name.slice(prefix.length) : "";
    if (base !== "" && !NAMED.has(base)) return { family: `count:${base}`, name, num: shift(ONE, power), den: ONE };
  }
  return { family: `count:${name}`, name, num: ONE, den: ONE };
});

/** The family's units as a list (for messages and the consolidation's choices). */
export function familyMembers(entry: UnitEntry): string[] {
  if (!entry.family.startsWith("count:")) {
    return [...NAMED.values()].filter((other) => other.family === entry.family).map((other) => other.name);
  }
  const base = entry.family.slice("count:".length);
  return [base, ...UNIT_MAGNITUDES.map(([prefix]) => prefix + base)];
}

/**
 * The unit a bare 万 or 亿 counts in, for a field measured in `unit`: the field's unit without its
 * own magnitude (万只 → 只, 亿元 → 元, 万吨 → 吨), so "3.2万" in a 万只 field is 3.2万只.
 */
export const magnitudeBase = memoizeString(function magnitudeBase(unit: string): string {
  const name = canonicalUnit(unit);
  const entry = unitEntry(name);
  for (const [prefix] of UNIT_MAGNITUDES) {
    const base = name.startsWith(prefix) ? name.slice(prefix.length) : "";
    if (base !== "" && entry && unitEntry(base)?.family === entry.family) return base;
  }
  return name;
});
