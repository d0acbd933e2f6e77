import { nfkc } from "../../_lib/nfkc";

/**
 * Spaces clerks' cells carry: ordinary, no-break, thin, ideographic (full-width), zero-width, BOM.
 * `\s` misses the zero-width ones, which arrive with text pasted from web pages and chat apps.
 */
const EDGE_SPACE = /^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g;

/** Printable ASCII but the space, or a CJK ideograph: certainly not a space of any kind. */
function isSolid(code: number): boolean {
  return (code > 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff);
}

/** The cell's text as shown back to the clerk: trimmed of spaces at both ends, nothing else. */
export function trimCell(text: string): string {
  // Most cells start and end with a digit, a letter or a 汉字: nothing to trim, no pattern to run.
  if (text.length > 0 && isSolid(text.charCodeAt(0)) && isSolid(text.charCodeAt(text.length - 1))) return text;
  return text.replace(EDGE_SPACE, "");
}

export interface FoldedNumber {
  text: string;
  /** "。" stood for a decimal point (3。2), which a Chinese input method types in place of ".". */
  ideographicPoint: boolean;
}

/**
 * The text a number is read from: full-width digits and punctuation folded (NFKC: １２３４ → 1234,
 * ，→ ,  ．→ .  ％ → %), every minus sign made "-", spaces dropped except between digits (where they
 * group thousands: 1 234), Excel's leading apostrophe and a closing 。 dropped.
 */
export function foldNumberText(trimmed: string): FoldedNumber {
  let text = nfkc(trimmed)
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, "")
    .replace(/[\u2212\u2012\u2013\ufe63\uff0d]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
  if (text.startsWith("'")) text = text.slice(1).trim();
  text = text.replace(/。$/, "");
  // A space stays only between two digits (1 234); written without lookbehind, which the Safari of
  // older Excel for Mac (before 16.4) cannot parse.
  text = text.replace(/ /g, (space: string, at: number, whole: string) => (/\d/.test(whole[at - 1] ?? "") && /\d/.test(whole[at + 1] ?? "") ? space : ""));
  const ideographicPoint = /\d。\d/.test(text);
  if (ideographicPoint) text = text.replace(/(\d)。(?=\d)/g, "$1.");
  return { text, ideographicPoint };
}
