/**
 * Text folded by NFKC (full-width letters and digits to ASCII, ① to 1…), skipping the work for the
 * text most cells hold: printable ASCII, CJK unified ideographs and the common Chinese punctuation
 * below, which NFKC leaves as they are (none decomposes, and no two of them compose).
 */
export function nfkc(text: string): string {
  return isNfkcInert(text) ? text : text.normalize("NFKC");
}

/** 、。 “” ‘’ 《》 「」 『』 【】 — kept by NFKC, unlike the full-width ，：（） which it folds. */
const INERT_PUNCTUATION = new Set([0x3001, 0x3002, 0x201c, 0x201d, 0x2018, 0x2019, 0x300a, 0x300b, 0x300c, 0x300d, 0x300e, 0x300f, 0x3010, 0x3011]);

/** Whether NFKC leaves a character as it is, judged by a quick range check (false means "maybe not"). */
export function isNfkcInertChar(code: number): boolean {
  return (code >= 0x20 && code < 0x7f) || (code >= 0x4e00 && code <= 0x9fff) || INERT_PUNCTUATION.has(code);
}

function isNfkcInert(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isNfkcInertChar(text.charCodeAt(i))) return false;
  return true;
}
