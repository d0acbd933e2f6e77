import { CHINESE_NUMERAL_CHARS } from "./numeral-run";

/**
 * Placeholders left in a form (x, xx, ×, __, *, 某, 某某, ?, xx万元) and marks that mean "none"
 * (—, -, /, 无, N/A). Both get their own status so an audit can say "still a placeholder" or "write
 * 0 for zero" instead of "not a number", and neither is ever read as 0.
 */

const PLACEHOLDER_CHAR = /[xX×✕✗*_?某]/u;
const PLACEHOLDER_RUN = /[xX×✕✗*_?某]+/gu;

/** Marks for "none" / "not applicable", on text already folded by foldNumberText or NFKC. */
const NIL = /^(?:-+|—+|―+|─+|~|\/+|\\+|无|暂无|没有|空|不适用|零报告|n\/?a|none|null|nil)$/iu;

export function isNilMark(folded: string): boolean {
  return NIL.test(folded);
}

/** Words and signs that may surround a number placeholder: 约xx万元, xx%, x.x, xx余人. */
const NUMBER_DECORATION = /[.,%‰万亿千百余多约近左右以上下不足到超逾+-]/gu;
/** What may be left as a unit once the placeholder and decorations are gone: up to four letters. */
const UNIT_LIKE = /^[\p{Script=Han}a-z]{0,4}$/iu;

/** A digit anywhere. */
const DIGIT = /\d/;

/**
 * A number field's value is a placeholder when it has no digit at all, holds placeholder marks,
 * and what remains is at most a short unit (xx万元, 某某人, ***). "2*3" or "x光" with digits or
 * longer words are not: they fail as "not a number" instead, which is still visible.
 */
export function isNumberPlaceholder(folded: string): boolean {
  if (!PLACEHOLDER_CHAR.test(folded) || DIGIT.test(folded)) return false;
  const rest = folded.replace(PLACEHOLDER_RUN, "").replace(NUMBER_DECORATION, "");
  return UNIT_LIKE.test(rest) && ![...rest].some((char) => CHINESE_NUMERAL_CHARS.has(char));
}

/** Nothing but digits, placeholder marks and the words and signs of a date. */
const DATE_LIKE = /^[\dxX×✕✗*_?某年月日号时点分\-/.: ]+$/u;

/** A date with placeholders for its parts: 2023年X月X日, xxxx-xx-xx, 某月某日. */
export function isDatePlaceholder(folded: string): boolean {
  return PLACEHOLDER_CHAR.test(folded) && DATE_LIKE.test(folded);
}

// The patterns are made once, here: a regular expression literal in a function's body is a new object
// at every call, and free text is tested for placeholders in every text cell of every file (1,800 a ledger).
/** Nothing but placeholder marks and spaces. */
const ONLY_PLACEHOLDERS = /^[xX×✕✗*_?某\s]+$/u;
/** A run of placeholder marks no real text has. */
const PLACEHOLDER_IN_TEXT = /[xX×✕✗]{2,}|_{2,}|某某|\*{2,}/u;

/**
 * Free text is a placeholder when it is nothing but placeholder marks (xx, ___, 某某, ＊＊), or keeps
 * a run of them that no real text has: XX镇, ____单位, 某某社区. A single X (X光机) is real text.
 */
export function isTextPlaceholder(folded: string): boolean {
  return ONLY_PLACEHOLDERS.test(folded) || PLACEHOLDER_IN_TEXT.test(folded);
}
