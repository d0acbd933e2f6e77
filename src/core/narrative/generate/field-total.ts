import type { Indicator } from "../../template/types";
import { fieldValue } from "./_lib/field-value";
import type { NarrativeInput, NarrativeTotal } from "./narrative-input";
import { isRateOverLimit } from "./rate-over-limit";

/**
 * The summary's figure of a field, or undefined when there is none to state: no unit reported it, a
 * rate of nothing, or a rate past its limit (see isRateOverLimit). A recomputed rate carries no
 * qualifier; a total carries the one it was given.
 */
export function fieldTotal(field: Indicator, input: Pick<NarrativeInput, "totals">): NarrativeTotal | undefined {
  const value = fieldValue(field, (key) => input.totals[key]?.value);
  if (value === undefined || isRateOverLimit(field, value)) return undefined;
  const own = input.totals[field.key];
  return own?.qualifier !== undefined && own.value === value ? { value, qualifier: own.qualifier } : { value };
}
