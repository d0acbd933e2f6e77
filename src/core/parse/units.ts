import { decimalFromNumber, divide, multiply, toNumber } from "./_lib/decimal";
import { canonicalUnit, familyMembers, unitEntry } from "./_lib/unit-index";

/**
 * Units of measure and their conversions (只 ↔ 万只, 元 ↔ 万元 ↔ 亿元, 斤 ↔ 公斤 ↔ 吨, 人次 ↔ 万人次…).
 * Parsing uses them for "2000元" in a 万元 field; consolidation uses them when a unit's 计量单位
 * differs from the template's. Arithmetic is decimal, so 2000元 is exactly 0.2万元.
 */

/** A dimension: its id ("money", "mass", or "count:人" for a count unit), base unit and members. */
export interface UnitFamily {
  id: string;
  base: string;
  units: string[];
}

/** The family a unit belongs to, or undefined for an empty unit. Unknown units are counts. */
export function unitFamily(unit: string): UnitFamily | undefined {
  const entry = unitEntry(unit);
  if (!entry) return undefined;
  const units = familyMembers(entry);
  const base = units.find((name) => {
    const member = unitEntry(name)!;
    return toNumber(member.num) === 1 && toNumber(member.den) === 1;
  });
  return { id: entry.family, base: base ?? entry.name, units };
}

/** The canonical spelling of a unit as written: （万元） → 万元, ｋｇ → 公斤, 千克 → 公斤. */
export function normalizeUnit(unit: string): string {
  return canonicalUnit(unit);
}

/** Whether two spellings name the same unit (kg and 公斤; 万元 and （万元）). */
export function sameUnit(a: string, b: string): boolean {
  return canonicalUnit(a) === canonicalUnit(b);
}

/**
 * `value` measured in `from`, expressed in `to`; undefined when the units are of different families
 * (人 and 元) or either is empty. Exact for decimal factors; otherwise 15 significant digits.
 */
export function convertUnit(value: number, from: string, to: string): { value: number } | undefined {
  const source = unitEntry(from);
  const target = unitEntry(to);
  if (!source || !target || source.family !== target.family || !Number.isFinite(value)) return undefined;
  if (source.name === target.name) return { value };
  const scaled = multiply(multiply(decimalFromNumber(value), source.num), target.den);
  return { value: toNumber(divide(scaled, multiply(source.den, target.num))) };
}
