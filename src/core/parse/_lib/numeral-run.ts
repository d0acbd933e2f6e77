import { ZERO, add, decimalFromString, shift, type Decimal } from "./decimal";

/**
 * A run of numerals as clerks write them, Arabic and Chinese mixed: 1,234 · 3.2万 · 一百二十 ·
 * 两千零五 · 3万4千 · 一点五万 · 壹佰贰拾 · 二〇二三. The run is cut into tokens, then read the way
 * Chinese numbers are spoken: digits times 十/百/千 within a section, sections times 万/亿.
 */
export type RunToken =
  | { t: "num"; value: Decimal; text: string; arabic: boolean; end: number }
  | { t: "zero"; end: number }
  | { t: "unit"; power: number; end: number }
  | { t: "point"; end: number };

export interface NumeralRun {
  tokens: RunToken[];
  /** A thousands separator out of place (1,5 or 12,34): the value cannot be known. */
  badGrouping: boolean;
}

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3, 万: 4, 萬: 4, 亿: 8, 億: 8 };
/** 廿 is 二十, 卅 三十, 卌 四十 (dates and old-style counts). */
const TENS: Record<string, number> = { 廿: 2, 卅: 3, 卌: 4 };
const POINTS = new Set(["点", "點"]);

export const CHINESE_NUMERAL_CHARS = new Set([...Object.keys(DIGITS), ...Object.keys(UNITS), ...Object.keys(TENS), ...POINTS]);

/**
 * Arabic digits with separators (spaces only between digits reach here), a point, an exponent of
 * at most three digits (1.2E+05 from a pasted Excel display; 1e5000 is not a figure anyone typed).
 */
const ARABIC = /(\d+(?:[, ]\d+)*)(\.\d*)?(?:e[+-]?\d{1,3}(?![\d.]))?|\.\d+/iy;

/** The tokens of the numeral run starting at `start`; stops at the first character outside it. */
export function scanRun(text: string, start: number): NumeralRun {
  const tokens: RunToken[] = [];
  let badGrouping = false;
  let i = start;
  while (i < text.length) {
    ARABIC.lastIndex = i;
    const arabic = ARABIC.exec(text);
    if (arabic) {
      const literal = arabic[0];
      if (arabic[1] && !groupedWell(arabic[1])) badGrouping = true;
      i += literal.length;
      tokens.push({ t: "num", value: decimalFromString(literal.replace(/[, ]/g, "")) ?? ZERO, text: literal, arabic: true, end: i });
      continue;
    }
    const char = text[i]!;
    i += 1;
    if (char === "零" || char === "〇") tokens.push({ t: "zero", end: i });
    else if (char in DIGITS) tokens.push({ t: "num", value: decimalFromString(String(DIGITS[char]))!, text: char, arabic: false, end: i });
    else if (char in UNITS) tokens.push({ t: "unit", power: UNITS[char]!, end: i });
    else if (char in TENS) {
      tokens.push({ t: "num", value: decimalFromString(String(TENS[char]))!, text: char, arabic: false, end: i });
      tokens.push({ t: "unit", power: 1, end: i });
    } else if (POINTS.has(char)) tokens.push({ t: "point", end: i });
    else {
      i -= 1;
      break;
    }
  }
  return { tokens, badGrouping };
}

/** 1,234,567 and 1 234: a first group of one to three digits, then groups of exactly three. */
function groupedWell(digits: string): boolean {
  const groups = digits.split(/[, ]/);
  if (groups.length === 1) return true;
  return groups[0]!.length <= 3 && groups.slice(1).every((group) => group.length === 3);
}

/** The value of a run of tokens, or undefined when they do not form a number (三四, 万, 五百三千). */
export function evaluateRun(tokens: readonly RunToken[]): Decimal | undefined {
  if (tokens.length === 0) return undefined;
  if (tokens.every((token) => token.t === "zero" || token.t === "point" || (token.t === "num" && !token.arabic))) {
    return readPositional(tokens);
  }
  return readSpoken(tokens);
}

/**
 * 二〇二三 → 2023, 一点五 → 1.5, 零 → 0: digits in place, no 十/百/千. Two digits side by side
 * (三四, 七八) are the spoken "three or four", an estimate rather than 34, so they are not read.
 */
function readPositional(tokens: readonly RunToken[]): Decimal | undefined {
  const point = tokens.findIndex((token) => token.t === "point");
  const whole = point === -1 ? tokens : tokens.slice(0, point);
  if (whole.length === 2 && whole.every((token) => token.t === "num")) return undefined;
  let literal = "";
  for (const token of tokens) {
    if (token.t === "point") {
      if (literal.includes(".")) return undefined;
      literal += ".";
    } else literal += token.t === "num" ? String(DIGITS[token.text]) : "0";
  }
  if (!/\d/.test(literal) || /^\d*\.$/.test(literal)) return undefined;
  return decimalFromString(literal.startsWith(".") ? `0${literal}` : literal);
}

interface SpokenState {
  total: Decimal;
  section: Decimal;
  number: Decimal | null;
  /** The power of the unit right before a lone digit, for 一百二 (120) and 三万五 (35000). */
  shortTail: number | null;
  lastSmall: number;
  lastBig: number;
  previous: RunToken | null;
}

/** 一百二十, 两千零五, 3.2万, 3万4千, 1亿2000万, 一点五万. */
function readSpoken(tokens: readonly RunToken[]): Decimal | undefined {
  const state: SpokenState = { total: ZERO, section: ZERO, number: null, shortTail: null, lastSmall: 99, lastBig: 99, previous: null };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.t === "point") {
      const fraction = readFraction(tokens, i + 1);
      if (!fraction || (state.number !== null && state.number.e < 0)) return undefined;
      state.number = add(state.number ?? ZERO, fraction.value);
      state.shortTail = null;
      i = fraction.next - 1;
      state.previous = tokens[i]!;
      continue;
    }
    if (!step(state, token)) return undefined;
    state.previous = token;
  }
  let number = state.number ?? ZERO;
  if (state.shortTail !== null && state.shortTail >= 2) number = shift(number, state.shortTail - 1);
  return add(add(state.total, state.section), number);
}

function step(state: SpokenState, token: RunToken): boolean {
  if (token.t === "zero") {
    if (state.number !== null) return false;
    state.shortTail = null;
    return true;
  }
  if (token.t === "num") {
    if (state.number !== null) return false;
    state.number = token.value;
    const previous = state.previous;
    const lone = token.text.length === 1 && /^[\d一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖]$/.test(token.text);
    state.shortTail = lone && previous?.t === "unit" ? previous.power : null;
    return true;
  }
  if (token.t !== "unit") return false;
  state.shortTail = null;
  if (token.power < 4) {
    if (token.power >= state.lastSmall) return false;
    const atStart = state.total.m === 0n && state.section.m === 0n;
    const count = state.number ?? (token.power === 1 || atStart ? decimalFromString("1")! : null);
    if (count === null) return false;
    state.section = add(state.section, shift(count, token.power));
    state.number = null;
    state.lastSmall = token.power;
    return true;
  }
  const sectionValue = add(state.section, state.number ?? ZERO);
  if (token.power === 4) {
    // A written 0 may carry 万 (0万, 0.0万); a bare 万 with nothing before it is not a number.
    if (state.lastBig <= 4 || (sectionValue.m === 0n && state.number === null)) return false;
    state.total = add(state.total, shift(sectionValue, 4));
  } else {
    const direct = state.previous?.t === "unit" && state.previous.power === 4;
    if (state.lastBig === 8 || (state.lastBig === 4 && !direct)) return false;
    const whole = add(state.total, sectionValue);
    if (whole.m === 0n && state.number === null) return false;
    state.total = shift(whole, 8);
  }
  state.section = ZERO;
  state.number = null;
  state.lastSmall = 99;
  state.lastBig = token.power;
  return true;
}

/** The digits after 点, read in place: 三点一四 → .14. */
function readFraction(tokens: readonly RunToken[], from: number): { value: Decimal; next: number } | undefined {
  let digits = "";
  let i = from;
  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.t === "zero") digits += "0";
    else if (token.t === "num" && !token.arabic && token.text in DIGITS) digits += String(DIGITS[token.text]);
    else if (token.t === "num" && token.arabic && /^\d+$/.test(token.text)) digits += token.text;
    else break;
  }
  if (digits === "") return undefined;
  return { value: decimalFromString(`0.${digits}`)!, next: i };
}
