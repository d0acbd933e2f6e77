import { message } from "../../locale";
import { previousDay, readDate } from "./_lib/read-date";
import type { DateLike } from "./calendar-date";
import { formatDate, type DateOptions } from "./format-date";

export interface DateTimeOptions extends DateOptions {
  /** Minutes after the hour, when `hour` is given: 18时30分. */
  minute?: number;
}

/**
 * A date and hour as in 截至2023年2月20日24时 (the hour alone, 时 not 点; minutes only when not 0:
 * 18时30分).
 *
 * With `hour` given, it is written as given; 24 is the end of that day (2月20日24时). Without it the
 * time comes from the Date (UTC, see DateLike), and a Date at exactly midnight is written as 24时 of
 * the day before — reports say 截至2月20日24时, not 2月21日0时.
 */
export function formatDateTime(date: DateLike, hour?: number, options: DateTimeOptions = {}): string {
  let parts = readDate(date);
  let minute = options.minute ?? 0;
  if (hour === undefined) {
    const midnight = parts.hour === 0 && parts.minute === 0;
    if (midnight) parts = previousDay(parts);
    hour = midnight ? 24 : parts.hour;
    minute = midnight ? 0 : parts.minute;
  }
  const validTime = Number.isInteger(hour) && Number.isInteger(minute) && hour >= 0 && hour <= 24 && minute >= 0 && minute <= 59 && !(hour === 24 && minute > 0);
  if (!validTime) throw new RangeError(message("narrative.bad-time", { value: `${hour}:${minute}` }));
  return `${formatDate(parts, options)}${hour}时${minute === 0 ? "" : `${minute}分`}`;
}
