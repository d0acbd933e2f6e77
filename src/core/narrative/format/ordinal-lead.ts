import { toChineseNumeral } from "../../parse/chinese-numerals";
import { assertOrdinal } from "./_lib/assert-input";

/** The lead of the n-th (1-based) group of 一是…；二是…；三是…: 1 → 一是, 10 → 十是, 11 → 十一是. */
export function ordinalLead(n: number): string {
  assertOrdinal(n);
  return `${toChineseNumeral(n)}是`;
}
