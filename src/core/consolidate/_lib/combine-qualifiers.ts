import { QUALIFIERS, type Qualifier, type QualifierInfo } from "../../parse/qualifiers";

/** Which way a hedged figure may be off from the one written: the truth is more, less, or either. */
const SIDE: Readonly<Record<QualifierInfo["sense"], "more" | "less" | "either">> = {
  above: "more",
  "at-least": "more",
  below: "less",
  "at-most": "less",
  about: "either",
};

/** The usual word of each side, for figures of one side hedged with different words (余 and 以上 → 余). */
const SIDE_WORD: Readonly<Record<"more" | "less" | "either", Qualifier>> = { more: "余", less: "近", either: "约" };

/**
 * The hedge of a total from those of the figures that went in (domain.md §6), undefined for exact ones
 * only. Hedges that point the same way survive the sum: 300余 + 200余, or 300余 + 200, is 500余; 近 + 近
 * stays 近; one word shared by all stays as it is (多 + 多 is 多, 约 + 约 约). Words of one side that
 * differ take that side's usual word (余 + 以上 is 余, 近 + 不足 近), and only figures that lean
 * different ways, or either way, make the total 约.
 */
export function combineQualifiers(qualifiers: Iterable<Qualifier | undefined>): Qualifier | undefined {
  const given = new Set<Qualifier>();
  for (const qualifier of qualifiers) if (qualifier !== undefined) given.add(qualifier);
  if (given.size <= 1) return given.values().next().value;
  const sides = new Set([...given].map((qualifier) => SIDE[QUALIFIERS[qualifier].sense]));
  return sides.size === 1 ? SIDE_WORD[[...sides][0]!] : "约";
}
