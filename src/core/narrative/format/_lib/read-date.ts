import { message } from "../../../locale";
import type { DateLike } from "../calendar-date";

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The calendar parts of a DateLike (UTC for a Date; 0时 for a CalendarDate); an impossible date throws. */
export function readDate(date: DateLike): DateParts {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError(message("narrative.bad-date", { value: String(date) }));
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
    };
  }
  const { year, month, day } = date;
  const check = new Date(Date.UTC(year, month - 1, day));
  const valid =
    [year, month, day].every(Number.isInteger) && year >= 1 && year <= 9999 &&
    check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  if (!valid) throw new RangeError(message("narrative.bad-date", { value: `${year}-${month}-${day}` }));
  return { year, month, day, hour: 0, minute: 0 };
}

/** The day before, for writing a midnight as 24时 of the previous day. */
export function previousDay(parts: DateParts): DateParts {
  const before = new Date(Date.UTC(parts.year, parts.month - 1, parts.day - 1));
  return { ...parts, year: before.getUTCFullYear(), month: before.getUTCMonth() + 1, day: before.getUTCDate() };
}
