import { toChineseNumeral } from "../../parse/chinese-numerals";
import { readDate } from "./_lib/read-date";
import type { DateLike } from "./calendar-date";

/**
 * A date in Chinese numerals, as under a signature (落款): 二〇二三年三月一日, 二〇二三年十二月三十一日.
 * The year is read digit by digit with 〇 for zero (二〇二三, not 二千零二十三).
 */
export function formatChineseDate(date: DateLike): string {
  const { year, month, day } = readDate(date);
  return `${toChineseNumeral(year, { style: "positional" })}年${toChineseNumeral(month)}月${toChineseNumeral(day)}日`;
}
