import { compareUnitNames } from "../../consolidate/compare-unit-names";
/** A unit with its own figure of one field. */
export interface RankedUnit {
  unit: string;
  value: number;
}

/**
 * Reports rank only when there is something to rank (domain.md §6): 排名前三 names three units that
 * each have a figure, in an order the figures decide. A unit with 0 is not ranked, and a ranking that
 * would name fewer units than it promises, or whose order a tie decides (the third equal to the fourth,
 * or two of the three equal), is not written at all.
 */
export const RANKING = Object.freeze({ zerosRanked: false, tiesRanked: false });

/**
 * The first `n` of the figures, largest first, or undefined when they make no ranking by RANKING.
 * Equal figures are ordered by name as units are listed (compareUnitNames), so nothing depends on the order of the files.
 */
export function rankUnits(figures: readonly RankedUnit[], n: number): RankedUnit[] | undefined {
  const ranked = figures.filter((f) => RANKING.zerosRanked || f.value > 0).sort((a, b) => b.value - a.value || compareUnitNames(a.unit, b.unit));
  if (ranked.length < n) return undefined;
  const decidedByTie = ranked.slice(0, n).some((f, i) => ranked[i + 1] !== undefined && ranked[i + 1]!.value === f.value);
  return decidedByTie && !RANKING.tiesRanked ? undefined : ranked.slice(0, n);
}
