import type { Indicator } from "../../template/types";
import { fieldValue } from "./_lib/field-value";
import type { NarrativeInput } from "./narrative-input";

/** The highest a rate may be: its own `max`, else 100%. */
export function rateLimit(field: Pick<Indicator, "max">): number {
  return field.max ?? 100;
}

/**
 * Whether a figure of the field is a rate past what a rate can be (复工率 105%: more resumed than there
 * are firms). Such a figure comes from figures that do not hold together; reports would not print it,
 * so the narrative leaves it out and says why in a 提示.
 */
export function isRateOverLimit(field: Pick<Indicator, "kind" | "max">, value: number): boolean {
  return field.kind === "percent" && value > rateLimit(field);
}

/** The summary's rate of a field when it is past its limit (and so left out of the text), else undefined. */
export function withheldRate(field: Indicator, input: Pick<NarrativeInput, "totals">): number | undefined {
  if (field.kind !== "percent") return undefined;
  const value = fieldValue(field, (key) => input.totals[key]?.value);
  return value !== undefined && isRateOverLimit(field, value) ? value : undefined;
}
