import { message } from "../../locale";
import { flattenIndicators } from "../../template/indicator-tree";
import type { IndicatorTemplate } from "../../template/types";
import type { IndicatorTotal, ValueAccount } from "../consolidation-result";

/** A unit taken into the summary, by the name the summary lists it under, with its values' accounts. */
interface TakenUnit {
  name: string;
  values: readonly ValueAccount[];
}

/**
 * The totals with the units each one leaves out (IndicatorTotal.uncounted): for every value the units
 * fill in themselves (summed, or the max or min of their figures), a unit taken into the summary whose
 * sheet gave it neither a figure counted nor a blank. A blank is a figure (clerks leave zeros blank);
 * a refused value or a row the sheet lacks is not, and the total is short of it.
 */
export function withUncountedUnits(template: IndicatorTemplate, totals: IndicatorTotal[], units: readonly TakenUnit[]): IndicatorTotal[] {
  const filled = flattenIndicators(template)
    .map((p) => p.indicator)
    .filter((v) => !v.isTotal && (v.aggregate === "sum" || v.aggregate === "max" || v.aggregate === "min"));
  if (filled.length === 0 || units.length === 0) return totals;
  // A loop, not flatMap: 2,000 tables' accounts are 160,000 values, and an array made for each.
  const answered = units.map((u) => {
    const keys = new Set<string>();
    for (const v of u.values) if (v.key !== undefined && v.status !== "rejected") keys.add(v.key);
    return keys;
  });
  const uncounted = new Map<string, string[]>();
  for (const value of filled) {
    const missing = units.filter((_, i) => !answered[i].has(value.key)).map((u) => u.name);
    if (missing.length) uncounted.set(value.key, missing);
  }
  return uncounted.size === 0 ? totals : totals.map((t) => (uncounted.has(t.key) ? { ...t, uncounted: uncounted.get(t.key)! } : t));
}

/** Units named in a note that a total leaves them out; the rest are counted (等12个单位), all of them listed in 审核情况. */
const NAMED = 5;

/** What a total says of the units it leaves out, in the 汇总表's 备注 and beside the total on the command line. */
export function uncountedNote(units: readonly string[]): string {
  return message("consolidate.note.uncounted", { units: units.slice(0, NAMED).join("、"), count: units.length });
}
