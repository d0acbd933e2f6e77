/**
 * The text with every white-space character removed — what `text.replace(/\s+/g, "")` gives — but a
 * text without any (nearly every cell a consolidation compares) is returned as it is after one pass
 * over its characters, without running the expression.
 */
export function withoutSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return text.replace(/\s+/g, "");
  return text;
}

/** The UTF-16 codes that /\s/ matches (ECMAScript WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
