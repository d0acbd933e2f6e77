import { readDate } from "./_lib/read-date";
import type { DateLike } from "./calendar-date";

export interface DateOptions {
  /** Write the year (default true). Within a report of one year clerks often leave it out: 2月20日. */
  withYear?: boolean;
}

/** A date as reports write it, Arabic digits, no leading zeros: 2023年2月20日, or 2月20日. */
export function formatDate(date: DateLike, options: DateOptions = {}): string {
  const { year, month, day } = readDate(date);
  return `${options.withYear === false ? "" : `${year}年`}${month}月${day}日`;
}
