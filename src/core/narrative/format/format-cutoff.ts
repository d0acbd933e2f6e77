import type { DateLike } from "./calendar-date";
import { formatDate, type DateOptions } from "./format-date";
import { formatDateTime } from "./format-date-time";

export interface CutoffOptions extends DateOptions {
  /** The hour of the cut-off (24 for the end of the day): 截至2023年2月20日24时. */
  hour?: number;
  minute?: number;
}

/**
 * The "as of" lead of a report: 截至2023年2月20日24时, or 截至2023年2月20日 with no hour.
 *
 * Without `hour`, a Date with a time of day writes that time; a Date at midnight (or a CalendarDate)
 * is a plain date — a 截至 date cell holds the day, not 0时 — unlike formatDateTime, which reads a
 * datetime at midnight as 24时 of the day before.
 */
export function formatCutoff(date: DateLike, options: CutoffOptions = {}): string {
  const { hour, ...rest } = options;
  if (hour !== undefined) return `截至${formatDateTime(date, hour, rest)}`;
  const timed = date instanceof Date && (date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0);
  return `截至${timed ? formatDateTime(date, undefined, rest) : formatDate(date, rest)}`;
}
