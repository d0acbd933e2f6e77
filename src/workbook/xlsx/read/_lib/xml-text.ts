/**
 * Text decoding for the XML parts of a workbook: bytes to string (UTF-8, or UTF-16 with a byte-order
 * mark), the five predefined entities and character references, and Excel's own _xHHHH_ escapes.
 * DTD-defined entities are never expanded (no entity-expansion attacks): an unknown `&name;` stays as written.
 */

const utf8 = new TextDecoder("utf-8");

export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  }
  return utf8.decode(bytes); // drops a UTF-8 byte-order mark by itself
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Replaces entity and character references; text without "&" is returned as is (the common case). */
export function decodeEntities(text: string): string {
  let amp = text.indexOf("&");
  if (amp < 0) return text;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = text.indexOf(";", amp + 1);
    // References are short; a far-away ";" means a stray "&" that is kept as written.
    if (semi < 0 || semi - amp > 12) {
      amp = text.indexOf("&", amp + 1);
      continue;
    }
    const replacement = referenceText(text.slice(amp + 1, semi));
    if (replacement !== undefined) {
      out += text.slice(from, amp) + replacement;
      from = semi + 1;
    }
    amp = text.indexOf("&", amp + 1 > from ? amp + 1 : from);
  }
  return out + text.slice(from);
}

function referenceText(body: string): string | undefined {
  if (body.charCodeAt(0) !== 35 /* # */) return NAMED[body];
  const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88; // x or X
  const digits = body.slice(hex ? 2 : 1);
  if (digits.length === 0 || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
  const code = parseInt(digits, hex ? 16 : 10);
  if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

/**
 * Excel writes characters that XML cannot carry (a carriage return, control characters) as _xHHHH_,
 * and a literal "_x" sequence as _x005F_x…; this undoes it. Text without "_x" is returned as is.
 */
export function decodeExcelEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** XML parsers turn a literal CR LF or lone CR into LF (XML 1.0 §2.11), before references are expanded: "&#13;" stays a CR. */
export function normalizeLineEnds(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}
