import type { ParseField, ParseStep, ParsedValue } from "../parsed-value";
import { QUALIFIERS, type Qualifier } from "../qualifiers";
import { convertUnit } from "../units";
import { decimalFromNumber, equals, isZero, negate, shift, toNumber, type Decimal } from "./decimal";
import { foldNumberText } from "./fold-text";
import { evaluateRun, scanRun, type RunToken } from "./numeral-run";
import { isNilMark, isNumberPlaceholder } from "./placeholders";
import { canonicalUnit, magnitudeBase } from "./unit-index";

/** Prefix spellings of qualifiers, longest first so 将近 is not read as 将 + 近. */
const BEFORE = spellings("before");
/** Suffix spellings, longest first (余以上 before 余). */
const AFTER = spellings("after");

function spellings(side: "before" | "after"): [string, Qualifier][] {
  return (Object.entries(QUALIFIERS) as [Qualifier, (typeof QUALIFIERS)[Qualifier]][])
    .flatMap(([qualifier, info]) => info[side].map((spelling) => [spelling, qualifier] as [string, Qualifier]))
    .sort((a, b) => b[0].length - a[0].length);
}

/** 万/亿 written after a qualifier (300余万), as powers of ten; 千/百 are plain digits. */
const TAIL_MAGNITUDES: [string, number][] = [
  ["万亿", 12],
  ["千万", 7],
  ["百万", 6],
  ["亿", 8],
  ["万", 4],
  ["千", 3],
  ["百", 2],
];

/** Digits in scientific notation: 1e3, 1.2E+05. */
const SCIENTIFIC = /\d[eE][-+]?\d/;

/** A range (300-500, 300~500, 300至500): not one number. */
const RANGE_TAIL = /^[余多]?[-~〜—至到]+[约近]?\d/u;

/** A short word that can be a unit: 人, 万人次, kg, m2, kw·h, %. */
const UNIT_LIKE = /^(?:\p{Script=Han}{1,5}|[a-z]{1,4}[23]?|[a-z]{1,3}·[a-z]{1,2}|%|‰)$/iu;

interface Reading {
  value: Decimal;
  /** The value was spoken with 万/亿, so it counts in the field's base unit (3.2万 in 万只 = 3.2). */
  magnitude: boolean;
  qualifier?: Qualifier;
  /** The unit written after the number, canonical ("" when none). */
  unit: string;
  unitAsTyped: string;
  tokens: RunToken[];
}

type TailResult = { ok: true; reading: Reading } | { ok: false; reason: "not-a-number" | "range" | "unit"; unit?: string };

/** A number typed as text into a count, quantity, money or percent field. `raw` is trimmed, non-empty. */
export function readNumber(raw: string, field: ParseField): ParsedValue {
  const folded = foldNumberText(raw);
  let text = folded.text;
  if (text === "") return { status: "empty" };
  if (isNilMark(text)) return { status: "nil", raw };
  if (isNumberPlaceholder(text)) return { status: "placeholder", raw };

  let prefixQualifier: Qualifier | undefined;
  let percentWord = false;
  let negative = false;
  for (let changed = true; changed; ) {
    changed = false;
    const before = prefixQualifier ? undefined : BEFORE.find(([spelling]) => text.startsWith(spelling));
    if (before) [text, prefixQualifier, changed] = [text.slice(before[0].length), before[1], true];
    if (!percentWord && text.startsWith("百分之")) [text, percentWord, changed] = [text.slice(3), true, true];
  }
  if (/^[-+负正]/u.test(text)) {
    negative = text[0] === "-" || text[0] === "负";
    text = text.slice(1);
  }

  // 1e3 or 1.2E+05 typed as text: a number Excel showed in scientific form and copied out, or a slip —
  // no clerk writes 1000吨 so. Read as 1000 it would be counted on a guess: the clerk writes the digits.
  if (SCIENTIFIC.test(text)) return invalid("parse.invalid.scientific", raw);
  const run = scanRun(text, 0);
  if (run.badGrouping) return invalid("parse.invalid.bad-grouping", raw);
  const fieldUnit = field.kind === "percent" && !field.unit ? "%" : (field.unit ?? "");
  const outcome = readCandidates(text, run.tokens, fieldUnit);
  if (!outcome.ok) {
    if (outcome.reason === "range") return invalid("parse.invalid.range", raw);
    if (outcome.reason === "unit") {
      return { status: "invalid", raw, reason: "parse.invalid.unit-mismatch", params: { raw, unit: outcome.unit!, fieldUnit } };
    }
    return invalid("parse.invalid.not-a-number", raw);
  }
  const reading = outcome.reading;
  if (!representable(reading.value)) return { status: "invalid", raw, reason: "parse.invalid.not-finite", params: { raw } };
  const unitWritten = reading.unit !== "" ? reading.unit : percentWord ? "%" : "";
  let value = reading.value;
  const steps: ParseStep[] = [];
  const unitAsTyped = reading.unitAsTyped || unitWritten;
  if (unitWritten !== "" && fieldUnit === "") {
    steps.push({ code: "parse.step.unit-dropped", params: { raw, value: toNumber(signed(value, negative)), unit: unitAsTyped } });
  } else if (unitWritten !== "" || (reading.magnitude && fieldUnit !== "")) {
    const from = unitWritten !== "" ? unitWritten : magnitudeBase(fieldUnit);
    const result = convertUnit(toNumber(value), from, fieldUnit);
    if (!result) return { status: "invalid", raw, reason: "parse.invalid.unit-mismatch", params: { raw, unit: unitAsTyped, fieldUnit } };
    value = decimalFromNumber(result.value);
  }
  value = signed(value, negative);
  if (!representable(value)) return { status: "invalid", raw, reason: "parse.invalid.not-finite", params: { raw } };
  const qualifier = prefixQualifier ?? reading.qualifier;
  const number = toNumber(value);
  const otherUnit = unitWritten !== "" && fieldUnit !== "" && canonicalUnit(unitWritten) !== canonicalUnit(fieldUnit);
  const primary = primaryStep(reading, otherUnit, folded.ideographicPoint, value, negative);
  if (primary) steps.push({ code: primary, params: { raw, value: number, unit: fieldUnit, ...(qualifier ? { qualifier } : {}) } });
  else if (qualifier) steps.push({ code: "parse.step.qualifier", params: { raw, value: number, unit: fieldUnit, qualifier } });
  if (field.kind === "percent" && unitWritten === "" && number !== 0 && Math.abs(number) < 1) {
    steps.push({ code: "parse.step.percent-fraction", params: { raw, value: number, percent: toNumber(shift(value, 2)) } });
  }
  return { status: "number", value: number, raw, ...(qualifier ? { qualifier } : {}), steps };
}

/** Beyond a double's range a figure would become Infinity or 0; neither is what was written. */
function representable(value: Decimal): boolean {
  const number = toNumber(value);
  return Number.isFinite(number) && (number !== 0 || isZero(value));
}

function signed(value: Decimal, negative: boolean): Decimal {
  return negative ? negate(value) : value;
}

function invalid(reason: "parse.invalid.not-a-number" | "parse.invalid.bad-grouping" | "parse.invalid.range" | "parse.invalid.scientific", raw: string): ParsedValue {
  return { status: "invalid", raw, reason, params: { raw } };
}

/**
 * The run read whole, or with its last 千/万/亿 given back to the unit when that makes the unit
 * known (5千瓦时 is 5 千瓦时, not 5000 瓦时). The whole-run reading's failure is the one reported.
 */
function readCandidates(text: string, tokens: RunToken[], fieldUnit: string): TailResult {
  if (tokens.length === 0) return { ok: false, reason: RANGE_TAIL.test(text) ? "range" : "not-a-number" };
  let first: TailResult | undefined;
  // At most two units are given back (5万千瓦时 gives back 千); more would only cost time.
  for (let keep = tokens.length; keep > 0 && keep >= tokens.length - 2; keep--) {
    const kept = tokens.slice(0, keep);
    if (keep < tokens.length && tokens[keep]!.t !== "unit") break;
    const value = evaluateRun(kept);
    const result: TailResult = value
      ? readTail(text.slice(kept.at(-1)!.end), { value, tokens: kept }, fieldUnit)
      : { ok: false, reason: "not-a-number" };
    if (result.ok && (keep === tokens.length || result.reading.unit !== "")) return result;
    first ??= result;
  }
  return first!;
}

/** What follows the numerals: 余/多, a 万 after them, a unit, 左右/以上…, a % sign. */
function readTail(tail: string, core: { value: Decimal; tokens: RunToken[] }, fieldUnit: string): TailResult {
  if (RANGE_TAIL.test(tail)) return { ok: false, reason: "range" };
  let rest = tail;
  let qualifier: Qualifier | undefined;
  if (/^[余多](?!于)/u.test(rest)) {
    qualifier = rest[0] as Qualifier;
    rest = rest.slice(1);
  }
  const after = AFTER.find(([spelling]) => rest.endsWith(spelling) && rest.length >= spelling.length);
  if (after) {
    rest = rest.slice(0, rest.length - after[0].length);
    qualifier ??= after[1];
  }
  let value = core.value;
  let magnitude = core.tokens.some((token) => token.t === "unit" && token.power >= 4);
  if (rest !== "" && !knownHere(rest, fieldUnit)) {
    const spoken = TAIL_MAGNITUDES.find(([word]) => rest.startsWith(word));
    if (spoken) {
      value = shift(value, spoken[1]);
      magnitude ||= spoken[1] >= 4;
      rest = rest.slice(spoken[0].length);
      if (!qualifier && /^[余多]/u.test(rest)) {
        qualifier = rest[0] as Qualifier;
        rest = rest.slice(1);
      }
    }
  }
  const unit = canonicalUnit(rest);
  if (rest !== "" && !UNIT_LIKE.test(unit)) return { ok: false, reason: "not-a-number" };
  if (unit !== "" && fieldUnit !== "" && !convertUnit(1, unit, fieldUnit)) return { ok: false, reason: "unit", unit: rest };
  return { ok: true, reading: { value, magnitude, unit, unitAsTyped: rest, tokens: core.tokens, ...(qualifier ? { qualifier } : {}) } };
}

function knownHere(unit: string, fieldUnit: string): boolean {
  return fieldUnit !== "" && convertUnit(1, unit, fieldUnit) !== undefined;
}

type PrimaryCode = "parse.step.unit-converted" | "parse.step.chinese-numeral" | "parse.step.multiplier" | "parse.step.decimal-mark";

/**
 * The one step worth telling, none when the value is the digits as typed (12个, 3.2万 in a 万元
 * field). A unit written and converted outranks Chinese numerals, which outrank 万/亿.
 */
function primaryStep(reading: Reading, otherUnit: boolean, ideographicPoint: boolean, value: Decimal, negative: boolean): PrimaryCode | undefined {
  const numbers = reading.tokens.filter((token) => token.t !== "unit");
  const first = numbers[0];
  const only = numbers.length === 1 && first?.t === "num" && first.arabic ? first : undefined;
  const asTyped = only !== undefined && equals(signed(only.value, negative), value);
  if (asTyped && !ideographicPoint) return undefined;
  if (otherUnit && !asTyped) return "parse.step.unit-converted";
  if (!only) return "parse.step.chinese-numeral";
  if (!asTyped) return "parse.step.multiplier";
  return "parse.step.decimal-mark";
}
