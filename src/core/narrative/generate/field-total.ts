import type { Indicator } from "../../template/types";
import { fieldValue } from "./_lib/field-value";
import type { NarrativeInput, NarrativeTotal } from "./narrative-input";

/**
 * The summary's figure of a field, or undefined when there is none (no unit reported it, or a rate
 * of nothing). A recomputed rate carries no qualifier; a total carries the one it was given.
 */
export function fieldTotal(field: Indicator, input: Pick<NarrativeInput, "totals">): NarrativeTotal | undefined {
  const value = fieldValue(field, (key) => input.totals[key]?.value);
  if (value === undefined) return undefined;
  const own = input.totals[field.key];
  return own?.qualifier !== undefined && own.value === value ? { value, qualifier: own.qualifier } : { value };
}
