import type { CellValue } from "../sheet";
import type { ValueKind } from "../template/types";

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/;

/**
 * What to write into a cell for what the clerk typed. A plain number becomes a number and an ISO date
 * a date; anything else ("300余", "3.2万", "xx") is written as the text typed, so the sheet shows
 * exactly what was entered and validation reports it visibly instead of a silent conversion.
 */
export function toCellValue(raw: string, kind: ValueKind): CellValue {
  const text = raw.trim();
  if (text === "") return null;
  if ((kind === "integer" || kind === "decimal" || kind === "money" || kind === "percent") && PLAIN_NUMBER.test(text)) {
    return Number(text);
  }
  if (kind === "date" || kind === "datetime") {
    const m = ISO_DATE.exec(text);
    if (m) {
      const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)));
      if (date.getUTCMonth() === Number(m[2]) - 1) return date;
    }
  }
  return text;
}
