const ENTITY: Readonly<Record<number, string>> = { 38: "&amp;", 60: "&lt;", 62: "&gt;", 34: "&quot;" };

/**
 * How XML text spells a UTF-16 unit it cannot hold as itself, or undefined for one written as it is:
 * markup as an entity; a character XML 1.0 cannot hold at all (a control character other than tab,
 * line feed and carriage return; U+FFFE, U+FFFF) as OOXML spells it (_x0001_), as Excel does — a
 * clerk's file may carry one, and a file with it would not open. The one rule both xmlEscape and
 * putXmlText (which writes it as bytes) follow.
 */
export function xmlEscapeOf(code: number): string | undefined {
  const notXml = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff;
  return notXml ? `_x${code.toString(16).toUpperCase().padStart(4, "0")}_` : ENTITY[code];
}

/** Every unit xmlEscapeOf spells otherwise, for a search over a whole text. */
const ESCAPED = new RegExp(
  `[${[...Array.from({ length: 0x80 }, (_, code) => code), 0xfffe, 0xffff]
    .filter((code) => xmlEscapeOf(code) !== undefined)
    .map((code) => `\\u${code.toString(16).padStart(4, "0")}`)
    .join("")}]`,
  "g",
);

/** Text for an element or an attribute value (see xmlEscapeOf). */
export function xmlEscape(text: string): string {
  return text.replace(ESCAPED, (c) => xmlEscapeOf(c.charCodeAt(0))!);
}
