/**
 * Ranks of values, largest first, equals sharing a rank and the next rank skipping (1, 1, 3), as
 * clerks rank units; undefined values get no rank.
 */
export function competitionRank(values: ReadonlyArray<number | undefined>): Array<number | undefined> {
  const present = values.filter((v): v is number => v !== undefined);
  return values.map((v) => (v === undefined ? undefined : 1 + present.filter((other) => other > v).length));
}
