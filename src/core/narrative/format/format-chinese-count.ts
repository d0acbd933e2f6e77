import { toChineseNumeral } from "../../parse/chinese-numerals";
import { assertNonNegativeInteger } from "./_lib/assert-input";

/**
 * A small category count in Chinese numerals, for set phrases before a measure word: 三方面, 两项,
 * 十二个乡镇. 2 on its own is 两 (两方面, not 二方面); inside a larger number it stays 二 (十二, 二十,
 * 二百 as documents write it). The items counted stay Arabic (三方面17项43个问题): use formatCount for
 * those.
 */
export function formatChineseCount(n: number): string {
  assertNonNegativeInteger(n);
  return n === 2 ? "两" : toChineseNumeral(n);
}
