import { formatRate } from "../../format/format-rate";
import type { Indicator } from "../../../template/types";

/**
 * A field's figure from a lookup of figures by key. A rate with a formula is recomputed from its
 * parts when both are there (percentages are never summed, domain.md §5); otherwise, or when the
 * denominator is 0, the figure stored under the rate's own key is used, if any.
 */
export function fieldValue(field: Indicator, lookup: (key: string) => number | undefined): number | undefined {
  const formula = field.formula;
  if (formula) {
    const numerator = lookup(formula.numerator);
    const denominator = lookup(formula.denominator);
    if (numerator !== undefined && denominator !== undefined && denominator !== 0) {
      // formatRate keeps equal parts at exactly 100; other scales (‰) are rare enough to divide here.
      return formula.scale === 100 ? formatRate(numerator, denominator)!.value : (numerator * formula.scale) / denominator;
    }
  }
  const own = lookup(field.key);
  return own !== undefined && Number.isFinite(own) ? own : undefined;
}
