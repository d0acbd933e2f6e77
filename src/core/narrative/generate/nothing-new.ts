import { narrativeFields } from "./narrative-fields";
import type { NarrativeInput } from "./narrative-input";

/**
 * Whether there is nothing to report (无新增): units did report, and every figure reported is 0.
 * Rates are not looked at (a rate of nothing is no news). Nothing reported at all is not 无新增 —
 * no figure means no one said so, and when no unit reported (均未报送) nobody did. A ledger has nothing
 * new when it holds no problem.
 */
export function isNothingNew(input: NarrativeInput): boolean {
  if (input.units && input.units.received.length === 0) return false;
  if (input.template.kind === "ledger") return input.ledger !== undefined && input.ledger.problems === 0;
  const figures = narrativeFields(input.template)
    .all.filter((field) => field.kind !== "percent")
    .map((field) => input.totals[field.key]?.value)
    .filter((value): value is number => value !== undefined);
  const reported = figures.length > 0 || (input.units?.received.length ?? 0) > 0;
  return reported && figures.every((value) => value === 0);
}
