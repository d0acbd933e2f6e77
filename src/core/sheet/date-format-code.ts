/**
 * Whether a number format code shows a date or a time of day, so a number read through it is a moment
 * (a Date) — one rule for the xlsx reader (a style's custom code) and the Office.js adapter (a range's
 * numberFormat), which each had their own and told some codes apart differently.
 *
 * Only the first section counts (the one Excel shows a positive number, and so a date, with): a date
 * token in a later section shows negative numbers or text, not dates. A token is y m d h s (either case)
 * outside quoted text, escaped or padding characters ("\d", "_)", "*-") and brackets ("[Red]", "[$-804]",
 * "[DBNum1]"). An AM/PM marker alone ("A/P", "上午/下午": a cell showing only 上午) is no date, as
 * openpyxl reads it too; with an hour it is one by the h. Elapsed-time codes ("[h]:mm", "[mm]:ss") show a
 * duration, not a moment: their values stay numbers (days), because 37.5 hours read as
 * "1900-01-01 13:30" would lose their meaning.
 */
export function isDateFormatCode(code: string | null | undefined): boolean {
  if (!code) return false;
  let hasDateToken = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === ";") break;
    if (c === '"') {
      const close = code.indexOf('"', i + 1);
      if (close < 0) break;
      i = close;
    } else if (c === "\\" || c === "_" || c === "*") {
      i++; // the next character is literal (or a padding / fill character)
    } else if (c === "[") {
      const close = code.indexOf("]", i + 1);
      if (close < 0) break;
      if (/^(h+|m+|s+)$/i.test(code.slice(i + 1, close))) return false; // elapsed time: a duration
      i = close;
    } else if ("yYmMdDhHsS".includes(c)) {
      hasDateToken = true;
    }
  }
  return hasDateToken;
}
