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
