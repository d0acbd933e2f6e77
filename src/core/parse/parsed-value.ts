import type { MessageParams } from "../locale";
import type { ValueKind } from "../template/types";
import type { Qualifier } from "./qualifiers";

/**
 * What reading one cell gave: a value with the steps taken to get it, or why there is none.
 * Steps and problems are message codes with parameters, so every interpretation ("按 3.2万 = 32000
 * 计") can be shown to the clerk in their words (see describeParse).
 */

/** What the parser needs to know about the field; an Indicator or a LedgerColumn will do. */
export interface ParseField {
  kind: ValueKind;
  /** The field's 计量单位 (万元, 人, %); a value in another unit of the same family is converted. */
  unit?: string;
  /** Not used for reading: a value is never rounded here; the audit checks precision. */
  decimals?: number;
  /** The choices of an enum. */
  options?: string[];
}

/** What the surroundings say: the report's year, for a date-time written as 2月20日24时. */
export interface ParseContext {
  year?: number;
}

type StepCode =
  | "parse.step.multiplier"
  | "parse.step.unit-converted"
  | "parse.step.chinese-numeral"
  | "parse.step.decimal-mark"
  | "parse.step.qualifier"
  | "parse.step.unit-dropped"
  | "parse.step.percent-fraction"
  | "parse.step.option-matched"
  | "parse.step.excel-serial"
  | "parse.step.compact-date"
  | "parse.step.chinese-date"
  | "parse.step.two-digit-year"
  | "parse.step.year-from-context"
  | "parse.step.time-dropped";

/** One interpretation made while reading, as data: `message(step.code, step.params)` says it. */
export type ParseStep = { [C in StepCode]: { code: C; params: MessageParams<C> } }[StepCode];

export type InvalidReason =
  | "parse.invalid.not-a-number"
  | "parse.invalid.bad-grouping"
  | "parse.invalid.range"
  | "parse.invalid.unit-mismatch"
  | "parse.invalid.boolean"
  | "parse.invalid.date-in-number"
  | "parse.invalid.not-finite"
  | "parse.invalid.cell-error"
  | "parse.invalid.formula-uncomputed"
  | "parse.invalid.scientific"
  | "parse.invalid.not-a-date"
  | "parse.invalid.no-such-date"
  | "parse.invalid.missing-year"
  | "parse.invalid.missing-day"
  | "parse.invalid.not-an-option";

/** Text that cannot be read for this field; `reason` is a message code and `params` its parameters. */
export type ParsedInvalid = { [C in InvalidReason]: { status: "invalid"; raw: string; reason: C; params: MessageParams<C> } }[InvalidReason];

export interface ParsedNumber {
  status: "number";
  /** The value in the field's unit. */
  value: number;
  raw: string;
  qualifier?: Qualifier;
  steps: ParseStep[];
}

export interface ParsedDate {
  status: "date";
  /** The day at UTC midnight; for a date-time the instant, hours as UTC hours (24时 is the next 0时). */
  value: Date;
  raw: string;
  /** The time as written, when one was: 2月20日24时 → { hour: 24, minute: 0 }. */
  time?: { hour: number; minute: number };
  steps: ParseStep[];
}

export interface ParsedText {
  status: "text";
  /** The text trimmed; for an enum, the option exactly as the template spells it. */
  value: string;
  raw: string;
  steps: ParseStep[];
}

export type ParsedValue =
  /** Nothing typed (null, "", spaces). Every rule but "required" passes on it. */
  | { status: "empty" }
  /** A placeholder left in: x, xx, ×, __, *, 某, 某某, xx万元. */
  | { status: "placeholder"; raw: string }
  /** A mark that usually means "none": —, -, /, 无, 暂无, N/A. Never read as 0. */
  | { status: "nil"; raw: string }
  | ParsedNumber
  | ParsedDate
  | ParsedText
  | ParsedInvalid;
