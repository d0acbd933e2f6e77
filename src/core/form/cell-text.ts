import { startOfDay } from "../parse/_lib/read-date";
import { isCellError, type CellValue } from "../sheet";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A fraction to 15 significant digits, as Excel shows it (0.1 + 0.2 → 0.3). A number whose shortest
 * text has at most 15 characters has at most 15 digits, and reads back the same at 15 digits, so
 * that text is the answer already — the common case, without toPrecision.
 */
function numberText(value: number): string {
  const shortest = String(value);
  return shortest.length <= 15 ? shortest : String(Number(value.toPrecision(15)));
}

/** The most whole days' texts kept (dropped whole beyond): far more than the days a consolidation's files name. */
const DAY_TEXTS_LIMIT = 4096;
/** The text of each whole day asked for, by its time. */
const dayTexts = new Map<number, string>();

/**
 * A date as 2023-02-20, or 2023-02-20 18:00 with a time of day. A whole day's text is made once and
 * kept: a ledger's date cells name a few hundred days over and over (the audit's findings quote two
 * of them for each of half its rows), and each text made afresh was four strings.
 */
function dateText(value: Date): string {
  const time = value.getTime();
  if (startOfDay(time) !== time) return composedDateText(value);
  let text = dayTexts.get(time);
  if (text === undefined) {
    text = composedDateText(value);
    if (dayTexts.size >= DAY_TEXTS_LIMIT) dayTexts.clear();
    dayTexts.set(time, text);
  }
  return text;
}

function composedDateText(value: Date): string {
  const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  const hours = value.getUTCHours();
  return hours ? `${date} ${pad(hours)}:${pad(value.getUTCMinutes())}` : date;
}

/** A cell's value as the text a clerk would see in the form: dates as 2023-02-20, errors as #N/A. */
export function cellText(value: CellValue): string {
  // Text first: it is most cells, and a string is neither a date nor an error.
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dateText(value);
  if (isCellError(value)) return value.error;
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : numberText(value);
  return String(value);
}
