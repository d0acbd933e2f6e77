import { UNCOMPUTED_FORMULA } from "../sheet/compute-uncached-formulas";
import type { CellValue } from "../sheet";
import type { ValueKind } from "../template/types";
import type { ParseContext, ParseField, ParsedValue } from "./parsed-value";
import { fromCompact, fromInstant, fromSerial, readDateText, startOfDay } from "./_lib/read-date";
import { plainChoice, readChoice, readText } from "./_lib/read-choice";
import { readNumber } from "./_lib/read-number";
import { trimCell } from "./_lib/fold-text";
import { decimalFromNumber, shift, toNumber } from "./_lib/decimal";
import { plainDigits } from "./_lib/plain-digits";

/**
 * Reads one value as the field's kind says, tolerantly and visibly: every interpretation is a step
 * the clerk can be shown, text is never silently 0, placeholders and "none" marks get their own
 * status, and nothing throws. `raw` is a cell value (or anything a form holds); `context.year` dates
 * a 2月20日24时 written without a year.
 */
export function parseValue(raw: CellValue | undefined, field: ParseField, context: ParseContext = {}): ParsedValue {
  if (raw === null || raw === undefined) return { status: "empty" };
  const plain = plainValue(raw, field);
  if (typeof plain === "number") return { status: "number", value: plain, raw: cellText(raw as number), steps: [] };
  if (plain !== undefined) return { status: "text", value: plain, raw: plain, steps: [] };
  if (typeof raw === "object" && !(raw instanceof Date)) {
    const error = "error" in raw ? String(raw.error) : String(raw);
    if (error === UNCOMPUTED_FORMULA) return { status: "invalid", raw: error, reason: "parse.invalid.formula-uncomputed", params: { raw: error } };
    return { status: "invalid", raw: error, reason: "parse.invalid.cell-error", params: { raw: error } };
  }
  if (typeof raw === "string") {
    const text = trimCell(raw);
    return text === "" ? { status: "empty" } : readString(text, field, context);
  }
  switch (field.kind) {
    case "date":
    case "datetime":
      return readDateCell(raw, field.kind);
    case "text":
      return { status: "text", value: cellText(raw), raw: cellText(raw), steps: [] };
    case "enum":
      return raw instanceof Date ? { status: "invalid", raw: cellText(raw), reason: "parse.invalid.not-an-option", params: { raw: cellText(raw), options: (field.options ?? []).join("、") } } : readChoice(cellText(raw), field.options);
    default:
      return readNumberCell(raw, field);
  }
}

function readString(text: string, field: ParseField, context: ParseContext): ParsedValue {
  switch (field.kind) {
    case "date":
    case "datetime":
      return readDateText(text, field.kind, context);
    case "text":
      return readText(text);
    case "enum":
      return readChoice(text, field.options);
    default:
      return readNumber(text, field);
  }
}

const NUMBER_KINDS: ReadonlySet<ValueKind> = new Set(["integer", "decimal", "money", "percent"]);

/**
 * The value of a cell that reads as it stands, with no step to tell: a finite number in a count,
 * quantity, money or percent field (but not a percent cell's 0.876, which may mean 87.6%), or text
 * in a text field (no placeholder left in) or an enum field (an option exactly as spelled). What
 * parseValue would give as the value; undefined for every other cell. Readers of many cells take the
 * common case through this alone.
 */
export function plainValue(raw: CellValue | undefined, field: ParseField): number | string | undefined {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || !NUMBER_KINDS.has(field.kind)) return undefined;
    if (field.kind === "percent" && raw !== 0 && Math.abs(raw) < 1) return undefined;
    return raw === 0 ? 0 : raw;
  }
  if (typeof raw !== "string" || (field.kind !== "text" && field.kind !== "enum")) return undefined;
  const text = trimCell(raw);
  return text === "" ? undefined : plainChoice(text, field.kind === "enum" ? field.options : undefined);
}

/**
 * A date cell of a date field that reads as it stands: a whole day (no time to drop), which parseValue
 * reads as that same day with no step to tell. The cell's own Date; undefined for every other cell (a
 * time of day, a datetime field, text, a serial number), which parseValue reads. A ledger's two date
 * columns are 120,000 such cells for 200 ledgers: their readers take them through this alone.
 */
export function plainDate(raw: CellValue | undefined, field: Pick<ParseField, "kind">): Date | undefined {
  if (field.kind !== "date" || !(raw instanceof Date)) return undefined;
  const time = raw.getTime();
  return Number.isFinite(time) && startOfDay(time) === time ? raw : undefined;
}

/**
 * A cell's value when it reads as it stands — plainValue's number or text, or plainDate's whole day —
 * else undefined: the cell must be parsed. One rule for the two that read every cell of a ledger, its
 * reader for the consolidation and its audit, so that they never disagree on which cells need a parse.
 */
export function valueAsItStands(raw: CellValue | undefined, field: ParseField): number | string | Date | undefined {
  return plainValue(raw, field) ?? plainDate(raw, field);
}

/** A number, TRUE/FALSE or a Date cell in a count, quantity, money or percent field. */
function readNumberCell(raw: number | boolean | Date, field: ParseField): ParsedValue {
  const shown = cellText(raw);
  if (typeof raw === "boolean") return { status: "invalid", raw: shown, reason: "parse.invalid.boolean", params: { raw: shown } };
  if (raw instanceof Date) return { status: "invalid", raw: shown, reason: "parse.invalid.date-in-number", params: { raw: shown } };
  if (!Number.isFinite(raw)) return { status: "invalid", raw: shown, reason: "parse.invalid.not-finite", params: { raw: shown } };
  const value = raw === 0 ? 0 : raw;
  if (field.kind === "percent" && value !== 0 && Math.abs(value) < 1) {
    // A percent-formatted cell holds 0.876 for 87.6%; the clerk decides which was meant.
    const percent = toNumber(shift(decimalFromNumber(value), 2));
    return { status: "number", value, raw: shown, steps: [{ code: "parse.step.percent-fraction", params: { raw: shown, value, percent } }] };
  }
  return { status: "number", value, raw: shown, steps: [] };
}

function readDateCell(raw: number | boolean | Date, kind: "date" | "datetime"): ParsedValue {
  const shown = cellText(raw);
  if (typeof raw === "boolean") return { status: "invalid", raw: shown, reason: "parse.invalid.boolean", params: { raw: shown } };
  if (raw instanceof Date) return fromInstant(shown, raw, kind);
  if (Number.isInteger(raw) && raw >= 19000101 && raw <= 21991231) return fromCompact(shown, raw, kind);
  return fromSerial(shown, raw, kind);
}

/** A non-text cell as Excel would show it in a Chinese locale: 2023/2/20 18:00, TRUE, 1234.5. */
function cellText(raw: number | boolean | Date): string {
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (typeof raw === "number") return plainDigits(raw);
  if (Number.isNaN(raw.getTime())) return "Invalid Date";
  const day = `${raw.getUTCFullYear()}/${raw.getUTCMonth() + 1}/${raw.getUTCDate()}`;
  const minutes = raw.getUTCHours() * 60 + raw.getUTCMinutes();
  return minutes === 0 ? day : `${day} ${raw.getUTCHours()}:${String(raw.getUTCMinutes()).padStart(2, "0")}`;
}
