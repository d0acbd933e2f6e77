import type { Indicator } from "../../template/types";
import { rankUnits, type RankedUnit } from "../register/ranking";
import { fieldValue } from "./_lib/field-value";
import type { NarrativeInput } from "./narrative-input";
import { isRateOverLimit } from "./rate-over-limit";

export type { RankedUnit } from "../register/ranking";

/**
 * Each unit's figure of a field, in the order the units are given (a rate recomputed from the unit's
 * own parts). Units without a figure, and rates past their limit, are left out; undefined when there
 * are no per-unit figures at all.
 */
export function unitFigures(field: Indicator, input: NarrativeInput): RankedUnit[] | undefined {
  if (!input.perUnit || input.perUnit.length === 0) return undefined;
  return input.perUnit.flatMap(({ unit, values }) => {
    const value = fieldValue(field, (key) => values[key]);
    return value === undefined || isRateOverLimit(field, value) ? [] : [{ unit, value }];
  });
}

/**
 * The first `n` units by figure, largest first, for 排名前三的分别是… — or undefined when the figures
 * make no ranking (see RANKING: fewer than `n` units with a figure above 0, or a tie deciding the
 * order), and without per-unit figures.
 */
export function topUnits(field: Indicator, input: NarrativeInput, n: number): RankedUnit[] | undefined {
  const figures = unitFigures(field, input);
  return figures && rankUnits(figures, n);
}

/**
 * The units whose figure is below `threshold` (in the field's unit; a rate in percent: 80 for 80%),
 * in the order the units are given, for 复工率不足80%的有3个. Undefined without per-unit figures.
 */
export function unitsBelow(field: Indicator, input: NarrativeInput, threshold: number): RankedUnit[] | undefined {
  return unitFigures(field, input)?.filter((figure) => figure.value < threshold);
}
