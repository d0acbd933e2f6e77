import type { Indicator } from "../../template/types";
import { fieldValue } from "./_lib/field-value";
import type { NarrativeInput } from "./narrative-input";

/** A unit with its own figure of one field. */
export interface RankedUnit {
  unit: string;
  value: number;
}

/**
 * Each unit's figure of a field, in the order the units are given (a rate recomputed from the unit's
 * own parts). Units without a figure are left out; undefined when there are no per-unit figures at all.
 */
export function unitFigures(field: Indicator, input: NarrativeInput): RankedUnit[] | undefined {
  if (!input.perUnit || input.perUnit.length === 0) return undefined;
  return input.perUnit.flatMap(({ unit, values }) => {
    const value = fieldValue(field, (key) => values[key]);
    return value === undefined ? [] : [{ unit, value }];
  });
}

/**
 * The first `n` units by figure, largest first, for 排名前三的分别是…. Ties go by name (code point
 * order), so the ranking never depends on the order the files came in. Undefined without per-unit figures.
 */
export function topUnits(field: Indicator, input: NarrativeInput, n: number): RankedUnit[] | undefined {
  const figures = unitFigures(field, input);
  return figures && [...figures].sort((a, b) => b.value - a.value || compareNames(a.unit, b.unit)).slice(0, n);
}

/**
 * The units whose figure is below `threshold` (in the field's unit; a rate in percent: 80 for 80%),
 * in the order the units are given, for 复工率不足80%的有3个. Undefined without per-unit figures.
 */
export function unitsBelow(field: Indicator, input: NarrativeInput, threshold: number): RankedUnit[] | undefined {
  return unitFigures(field, input)?.filter((figure) => figure.value < threshold);
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
