import { xmlEscapeOf } from "./xml-escape";

/**
 * Bytes put straight into a buffer at a position, returning the position after them: the writer's
 * innermost steps. The caller has made room first (Utf8Sink.reserve); nothing here checks bounds, so a
 * row of cells or a shared text costs one check, not one per piece.
 */

/** ASCII text as bytes, for markup written again and again (a column's cell start, a style attribute). */
export const asciiBytes = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** Bytes made beforehand; pieces of markup are a few bytes long, copied one by one quicker than set() copies so few. */
export function putBytes(buffer: Uint8Array, at: number, bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) buffer[at++] = bytes[i];
  return at;
}

/** Text known to be ASCII (digits of a number as String() spells them, tags): one byte a character. */
export function putAscii(buffer: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
  return at;
}

/** The decimal digits of a whole number from 0 below 2^53 (a row number, a string or style index), as String() writes it; at most 16 bytes. */
export function putInt(buffer: Uint8Array, at: number, n: number): number {
  if (n < 10) {
    buffer[at] = 48 + n;
    return at + 1;
  }
  let digits = 2;
  for (let bound = 100; n >= bound && digits < 16; bound *= 10) digits++;
  let end = at + digits;
  const last = end;
  // Below 2^31 the digits come from integer arithmetic; above it, from floating division (still exact below 2^53).
  if (n > 0x7fffffff)
    do {
      const rest = Math.floor(n / 10);
      buffer[--end] = 48 + (n - rest * 10);
      n = rest;
    } while (n > 0x7fffffff);
  let small = n | 0;
  do {
    const rest = (small / 10) | 0;
    buffer[--end] = 48 + (small - rest * 10);
    small = rest;
  } while (small > 0);
  return last;
}

/** The most bytes putXmlText writes for one UTF-16 unit: a control character spelt _x0001_. */
export const XML_TEXT_BYTES_PER_UNIT = 7;

/** The bytes of each ASCII character xmlEscapeOf spells otherwise, null for those written as they are. */
const ESCAPED_ASCII = Array.from({ length: 0x80 }, (_, code) => {
  const spelt = xmlEscapeOf(code);
  return spelt === undefined ? null : asciiBytes(spelt);
});
/** Whether an ASCII character is escaped: a byte to look up in the innermost loop, not an array of objects. */
const IS_ESCAPED_ASCII = Uint8Array.from(ESCAPED_ASCII, (bytes) => (bytes ? 1 : 0));
const ESCAPED_FFFE = asciiBytes(xmlEscapeOf(0xfffe)!);
const ESCAPED_FFFF = asciiBytes(xmlEscapeOf(0xffff)!);

/**
 * Text as element content or an attribute value, in UTF-8: the bytes TextEncoder gives for
 * xmlEscape(text) — escaped as xmlEscapeOf spells it, U+FFFD for a lone surrogate — in one pass with
 * no string made. At most XML_TEXT_BYTES_PER_UNIT bytes a UTF-16 unit.
 */
export function putXmlText(buffer: Uint8Array, at: number, text: string): number {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (IS_ESCAPED_ASCII[c] === 0) buffer[at++] = c;
      else at = putBytes(buffer, at, ESCAPED_ASCII[c]!);
    } else if (c < 0x800) {
      buffer[at++] = 0xc0 | (c >> 6);
      buffer[at++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || (c > 0xdfff && c < 0xfffe)) {
      buffer[at++] = 0xe0 | (c >> 12);
      buffer[at++] = 0x80 | ((c >> 6) & 0x3f);
      buffer[at++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xfffe) at = putBytes(buffer, at, c === 0xfffe ? ESCAPED_FFFE : ESCAPED_FFFF);
    else {
      const next = c < 0xdc00 && i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        const point = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        buffer[at++] = 0xf0 | (point >> 18);
        buffer[at++] = 0x80 | ((point >> 12) & 0x3f);
        buffer[at++] = 0x80 | ((point >> 6) & 0x3f);
        buffer[at++] = 0x80 | (point & 0x3f);
        i++;
      } else {
        // A lone surrogate: U+FFFD, as TextEncoder writes it.
        buffer[at++] = 0xef;
        buffer[at++] = 0xbf;
        buffer[at++] = 0xbd;
      }
    }
  }
  return at;
}
