import type { ParseContext, ParseStep, ParsedValue } from "../parsed-value";
import { parseChineseNumeral } from "../chinese-numerals";
import { DAY_MS } from "../../sheet/excel-serial";
import { isDatePlaceholder, isNilMark } from "./placeholders";

/**
 * Dates and date-times as clerks write them: 2023年2月20日, 2023-2-20, 2023/02/20, 2023.2.20,
 * 20230220, 二〇二三年三月一日, 2月20日 (year from the report), 截至2月20日24时, 2023-02-20 18:00,
 * Excel serial numbers (1900 system) and Date cells. The result is a UTC instant; 24时 is kept as
 * written in `time` and lands on the next day's 0时.
 */

type DateKind = "date" | "datetime";
interface Parts {
  year?: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}


/** The start (UTC) of the day an instant falls in, as a time: a date field keeps only the day. */
export function startOfDay(time: number): number {
  return Math.floor(time / DAY_MS) * DAY_MS;
}
/** Excel's day 0 for serials from 61 on (the 1900 system counts a 29 February 1900 that never was). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Serials before 1910 are far more likely a year or a count typed into the wrong column. */
const SERIAL_MIN = 3653;
const SERIAL_MAX = 2_958_465;

const CN_DIGIT = "〇零一二三四五六七八九";
const CN_SMALL = `${CN_DIGIT}十廿卅`;
const YEAR = `(\\d{4}|\\d{2}|[${CN_DIGIT}]{4}|[${CN_DIGIT}]{2})`;
const PART = `(\\d{1,2}|[${CN_SMALL}]{1,4})`;
/** 18:00, 18:00:00, 18时, 24时, 18时30分, 十八时. */
const TIME = `(?:(\\d{1,2}):(\\d{2})(?::(\\d{2}))?|${PART}[时点](?:${PART}分)?(?:(\\d{1,2})秒)?)`;
const CHINESE_DATE = new RegExp(`^(?:${YEAR}年)?${PART}月${PART}[日号]?(?:\\s*${TIME})?$`, "u");
const NUMERIC_DATE = new RegExp(`^(\\d{4}|\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:\\s*T?\\s*${TIME})?$`, "u");
const YEAR_MONTH = new RegExp(`^${YEAR}(?:年${PART}月份?|[-/.](\\d{1,2}))$`, "u");

/** A date typed as text. `raw` is trimmed and non-empty. */
export function readDateText(raw: string, kind: DateKind, context: ParseContext): ParsedValue {
  const text = raw
    .normalize("NFKC")
    .replace(/\s+/g, " ")
    .replace(/^(?:截至|截止到?|至)\s*/u, "")
    .replace(/\s*(?:止|前)$/u, "")
    .replace(/\s*([-/.年月日])\s*/gu, "$1")
    .trim();
  if (isNilMark(text)) return { status: "nil", raw };
  if (isDatePlaceholder(text)) return { status: "placeholder", raw };
  if (/^\d{8}$/.test(text)) return fromCompact(raw, Number(text), kind);
  if (/^\d{5}(?:\.\d+)?$/.test(text)) return fromSerial(raw, Number(text), kind);
  const steps: ParseStep[] = [];
  const parts = matchParts(text);
  if (!parts) {
    const reason = YEAR_MONTH.test(text) ? "parse.invalid.missing-day" : "parse.invalid.not-a-date";
    return { status: "invalid", raw, reason, params: { raw } };
  }
  let year = parts.year;
  if (year === undefined) {
    if (context.year === undefined) return { status: "invalid", raw, reason: "parse.invalid.missing-year", params: { raw } };
    year = context.year;
    steps.push({ code: "parse.step.year-from-context", params: { raw, year } });
  } else if (parts.twoDigitYear) {
    steps.push({ code: "parse.step.two-digit-year", params: { raw, year } });
  }
  if (parts.chinese) steps.unshift({ code: "parse.step.chinese-date", params: { raw, date: new Date(Date.UTC(year, parts.month - 1, parts.day)) } });
  return build(raw, { ...parts, year }, kind, steps);
}

interface Matched extends Parts {
  chinese: boolean;
  twoDigitYear: boolean;
}

function matchParts(text: string): Matched | undefined {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [, y, , m, d, hh, mm, ss, ch, cm, cs] = numeric;
    return withYear(y!, { month: Number(m), day: Number(d), ...timeParts(hh, mm, ss, ch, cm, cs) });
  }
  const chinese = CHINESE_DATE.exec(text);
  if (!chinese) return undefined;
  const [, y, m, d, hh, mm, ss, ch, cm, cs] = chinese;
  const month = readPart(m!);
  const day = readPart(d!);
  if (month === undefined || day === undefined) return undefined;
  const time = timeParts(hh, mm, ss, ch, cm, cs);
  if (time.hour === -1) return undefined;
  const base = { month, day, ...time };
  const isChinese = /[^\d年月日号时点分秒: ]/u.test(text);
  if (y === undefined) return { ...base, chinese: isChinese, twoDigitYear: false };
  const matched = withYear(y, base);
  return matched && { ...matched, chinese: isChinese };
}

function withYear(yearText: string, parts: Omit<Parts, "year">): Matched | undefined {
  const positional = /^\d+$/.test(yearText) ? Number(yearText) : parseChineseNumeral(yearText);
  if (positional === undefined || parts.hour === -1) return undefined;
  const twoDigitYear = yearText.length === 2;
  return { ...parts, year: twoDigitYear ? 2000 + positional : positional, chinese: false, twoDigitYear };
}

/** A month, day, hour or minute in Arabic or Chinese numerals (三, 十二, 廿三). */
function readPart(text: string): number | undefined {
  const value = /^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

function timeParts(...texts: (string | undefined)[]): Pick<Parts, "hour" | "minute" | "second"> {
  const [hh, mm, ss, ch, cm, cs] = texts;
  if (hh !== undefined) return { hour: Number(hh), minute: Number(mm), second: Number(ss ?? 0) };
  if (ch === undefined) return {};
  const hour = readPart(ch);
  const minute = cm === undefined ? 0 : readPart(cm);
  if (hour === undefined || minute === undefined) return { hour: -1 };
  return { hour, minute, second: Number(cs ?? 0) };
}

/** 20230220, typed as text or as a number. */
export function fromCompact(raw: string, value: number, kind: DateKind): ParsedValue {
  const parts = { year: Math.floor(value / 10000), month: Math.floor(value / 100) % 100, day: value % 100 };
  if (parts.year < 1900 || parts.year > 2199) return { status: "invalid", raw, reason: "parse.invalid.not-a-date", params: { raw } };
  const built = build(raw, parts, kind, []);
  if (built.status === "date") built.steps.push({ code: "parse.step.compact-date", params: { raw, date: built.value } });
  return built;
}

/** An Excel serial number: days since 1899-12-30, the fraction being the time of day. */
export function fromSerial(raw: string, serial: number, kind: DateKind): ParsedValue {
  if (!(serial >= SERIAL_MIN && serial <= SERIAL_MAX)) return { status: "invalid", raw, reason: "parse.invalid.not-a-date", params: { raw } };
  const minutes = Math.round(serial * 1440);
  const instant = new Date(EXCEL_EPOCH + minutes * 60_000);
  const day = new Date(startOfDay(instant.getTime()));
  const steps: ParseStep[] = [{ code: "parse.step.excel-serial", params: { raw, date: day } }];
  return fromInstant(raw, instant, kind, steps);
}

/** A Date cell (the adapters give UTC midnight for a day, UTC hours for a time). */
export function fromInstant(raw: string, instant: Date, kind: DateKind, steps: ParseStep[] = []): ParsedValue {
  if (Number.isNaN(instant.getTime())) return { status: "invalid", raw, reason: "parse.invalid.not-a-date", params: { raw } };
  const day = new Date(startOfDay(instant.getTime()));
  const hasTime = instant.getTime() !== day.getTime();
  if (kind === "date") {
    if (hasTime) steps.push({ code: "parse.step.time-dropped", params: { raw } });
    return { status: "date", value: day, raw, steps };
  }
  const time = hasTime ? { time: { hour: instant.getUTCHours(), minute: instant.getUTCMinutes() } } : {};
  return { status: "date", value: instant, raw, ...time, steps };
}

function build(raw: string, parts: Parts, kind: DateKind, steps: ParseStep[]): ParsedValue {
  const { year = 0, month, day, hour, minute = 0, second = 0 } = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  const calendar = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const clock = hour === undefined || (hour >= 0 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && (hour < 24 || (hour === 24 && minute === 0 && second === 0)));
  if (!calendar || !clock || year < 1000) return { status: "invalid", raw, reason: "parse.invalid.no-such-date", params: { raw } };
  if (hour === undefined) return { status: "date", value: date, raw, steps };
  if (kind === "date") {
    steps.push({ code: "parse.step.time-dropped", params: { raw } });
    return { status: "date", value: date, raw, steps };
  }
  const instant = new Date(date.getTime() + ((hour * 60 + minute) * 60 + second) * 1000);
  return { status: "date", value: instant, raw, time: { hour, minute }, steps };
}
