import { utf8Text } from "./xml-bytes";

/**
 * Text decoding for the XML parts of a workbook: parts as UTF-8 bytes (UTF-16 ones, with a byte-order
 * mark, re-encoded), the five predefined entities and character references, and Excel's own _xHHHH_
 * escapes. DTD-defined entities are never expanded (no entity-expansion attacks): an unknown `&name;`
 * stays as written.
 */

/**
 * A part's bytes as UTF-8, which the scanners read: nearly always the bytes themselves, seen as a
 * plain Uint8Array. (Node's zlib gives a Buffer, whose indexOf is slower, and byte reads from two
 * array classes would make every reading function polymorphic.)
 */
export function utf8XmlBytes(bytes: Uint8Array): Uint8Array {
  if (bytes.length >= 2) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextEncoder().encode(new TextDecoder("utf-16le").decode(bytes));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextEncoder().encode(new TextDecoder("utf-16be").decode(bytes));
  }
  return bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Character data in bytes[from, to) as an XML parser gives it: decoded, line ends normalized, then references decoded. */
export function xmlText(bytes: Uint8Array, from: number, to: number): string {
  return decodeEntities(normalizeLineEnds(utf8Text(bytes, from, to)));
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Replaces entity and character references; text without "&" is returned as is (the common case). */
export function decodeEntities(text: string): string {
  const first = text.indexOf("&");
  if (first < 0) return text;
  return text.length < REPEATED_TEXT ? decodeReferences(text, first) : decodeRepeated(text, first);
}

/**
 * Texts this long are, in practice, the template JSON every form made from one template carries
 * (thousands of characters, hundreds of &quot;), the same in file after file: decoded once, then
 * found by the text itself (an exact match).
 */
const REPEATED_TEXT = 2048;
const repeated = new Map<string, string>();

function decodeRepeated(text: string, first: number): string {
  const known = repeated.get(text);
  if (known !== undefined) return known;
  const decoded = decodeReferences(text, first);
  if (repeated.size >= 16) repeated.clear(); // a few templates at a time; unrelated long texts must not pile up
  repeated.set(text, decoded);
  return decoded;
}

function decodeReferences(text: string, first: number): string {
  let out = "";
  let from = 0;
  let amp = first;
  while (amp >= 0) {
    const semi = text.indexOf(";", amp + 1);
    // References are short; a far-away ";" means a stray "&" that is kept as written.
    if (semi < 0 || semi - amp > 12) {
      amp = text.indexOf("&", amp + 1);
      continue;
    }
    const replacement = referenceAt(text, amp, semi);
    if (replacement !== undefined) {
      out += text.slice(from, amp) + replacement;
      from = semi + 1;
    }
    amp = text.indexOf("&", amp + 1 > from ? amp + 1 : from);
  }
  return out + text.slice(from);
}

/** The text of the reference from "&" at `amp` to ";" at `semi`, or undefined when it is none the XML spec predefines. */
function referenceAt(text: string, amp: number, semi: number): string | undefined {
  if (text.charCodeAt(amp + 1) === 35 /* # */) return characterReference(text.slice(amp + 2, semi));
  for (const name in NAMED) if (semi - amp - 1 === name.length && text.startsWith(name, amp + 1)) return NAMED[name];
  return undefined;
}

/** "x41" or "65" (after the "#"). */
function characterReference(body: string): string | undefined {
  const hex = body.charCodeAt(0) === 120 || body.charCodeAt(0) === 88; // x or X
  const digits = body.slice(hex ? 1 : 0);
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
