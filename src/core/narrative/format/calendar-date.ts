/** A day of the calendar, without time zone: month and day 1-based (2023-02-20 is { 2023, 2, 20 }). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * What the date formatters accept: a CalendarDate, or a Date as core holds them — at UTC midnight of
 * the calendar day, times as UTC hours (src/core/sheet/snapshot.ts). A Date is read in UTC, never in
 * the machine's time zone, so the same cell gives the same day on every computer.
 */
export type DateLike = Date | CalendarDate;
