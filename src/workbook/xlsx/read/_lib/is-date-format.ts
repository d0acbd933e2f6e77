/**
 * Which number formats show a date or a time. Built-in ids per ECMA-376 §18.8.30 (14–22 and the
 * East Asian 27–36, 50–58), plus custom codes with a date/time token (y m d h s) outside quoted text,
 * brackets ("[Red]", "[$-804]", "[DBNum1]") and escaped characters ("\d", "_)", "*-").
 *
 * Elapsed-time formats ("[h]:mm", built-in 46 "[h]:mm:ss") show a duration, not a moment: their
 * values stay numbers (days), because turning 37.5 hours into "1900-01-01 13:30" would lose the meaning.
 */

const BUILT_IN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function isBuiltInDateFormat(id: number): boolean {
  return BUILT_IN_DATE_IDS.has(id);
}

export function isDateFormatCode(code: string): boolean {
  let hasDateToken = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      const close = code.indexOf('"', i + 1);
      if (close < 0) break;
      i = close;
    } else if (c === "\\" || c === "_" || c === "*") {
      i++; // the next character is literal (or a padding/fill character)
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
