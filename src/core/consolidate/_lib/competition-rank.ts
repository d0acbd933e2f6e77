/**
 * Ranks of values, largest first, equals sharing a rank and the next rank skipping (1, 1, 3), as
 * clerks rank units; undefined values get no rank. A value's rank is one more than the number of
 * values above it: the place of its first appearance in the values sorted largest first (one sort,
 * not a count over all values for each, which grew with the square of the units).
 */
export function competitionRank(values: ReadonlyArray<number | undefined>): Array<number | undefined> {
  // NaN is above nothing and nothing is above it, as a comparison has it: it ranks first.
  const sorted = values.filter((v): v is number => v !== undefined && !Number.isNaN(v)).sort((a, b) => b - a);
  const rankOf = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!rankOf.has(v)) rankOf.set(v, i + 1);
  });
  return values.map((v) => (v === undefined ? undefined : Number.isNaN(v) ? 1 : rankOf.get(v)));
}
