/**
 * Office.js hands dates over as serial numbers of the 1900 date system (day 1 = 1900-01-01), with
 * Lotus's phantom 1900-02-29 as day 60. Snapshots hold Dates at UTC midnight, times as UTC hours.
 */
const DAY_MS = 86_400_000;
/** Day 0 for serials from 61 (1900-03-01) on; before the phantom day the base is one day later. */
const BASE_MS = Date.UTC(1899, 11, 30);

export function serialToDate(serial: number): Date {
  const days = serial < 61 ? serial + 1 : serial;
  return new Date(Math.round(BASE_MS + days * DAY_MS));
}

export function dateToSerial(date: Date): number {
  const days = (date.getTime() - BASE_MS) / DAY_MS;
  return days < 61 ? days - 1 : days;
}

/** Quoted text, escaped characters and [colour]/[$-804] sections say nothing about dates. */
const NOISE = /"[^"]*"|\\.|_.|\*.|\[(?!h\]|m\]|s\]|hh\]|mm\]|ss\])[^\]]*\]/gi;
const ELAPSED = /\[(h+|m+|s+)\]/i;
const DATE_TOKEN = /[ymdhs]|上午|下午|AM\/PM|A\/P/i;

/**
 * Whether a number format shows a date or a time of day, so a number read with it is a Date.
 * Elapsed durations ([h]:mm) stay numbers: they are amounts of time, not moments.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const firstSection = format.split(";")[0];
  if (ELAPSED.test(firstSection)) return false;
  return DATE_TOKEN.test(firstSection.replace(NOISE, ""));
}
