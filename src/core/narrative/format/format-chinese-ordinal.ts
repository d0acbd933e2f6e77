import { toChineseNumeral } from "../../parse/chinese-numerals";
import { assertOrdinal } from "./_lib/assert-input";

/** An ordinal in Chinese numerals, 1-based: 1 → 第一, 2 → 第二 (第二轮, never 第两). */
export function formatChineseOrdinal(n: number): string {
  assertOrdinal(n);
  return `第${toChineseNumeral(n)}`;
}
