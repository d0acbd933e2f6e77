import { valueAliases } from "../../template/table-cells";
import type { NarrativeInput } from "./narrative-input";

/**
 * The input with every figure under the key of the value it is: figures given by a row's key (masks) or
 * an earlier version's key (industryTotal) are the table's values (masks.cumulative, industry.total), so
 * a paragraph reads the same figures however they were keyed.
 */
export function withValueKeys(input: NarrativeInput): NarrativeInput {
  if (input.template.kind !== "indicators") return input;
  const aliases = valueAliases(input.template);
  if (aliases.size === 0) return input;
  const rename = <T>(record: Readonly<Record<string, T>>): Record<string, T> => {
    const out: Record<string, T> = {};
    // Given twice (under the value's key and an alias), the later one stands, as in an object spread.
    // Keys, not entries: 500 units' figures are renamed once, before the code is optimised, where a pair
    // made and destructured for each figure cost more than the renaming.
    const keys = Object.keys(record);
    for (let i = 0; i < keys.length; i++) out[aliases.get(keys[i]) ?? keys[i]] = record[keys[i]];
    return out;
  };
  return {
    ...input,
    totals: rename(input.totals),
    ...(input.previous ? { previous: rename(input.previous) } : {}),
    ...(input.perUnit ? { perUnit: input.perUnit.map((u) => ({ ...u, values: rename(u.values) })) } : {}),
  };
}
