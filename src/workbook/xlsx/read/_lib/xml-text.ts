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
/** Texts this long with a reference go through a code-unit buffer instead of string pieces (see decodeLong). */
const LONG_TEXT = 256;

/** Replaces entity and character references; text without "&" is returned as is (the common case). */
export function decodeEntities(text: string): string {
  const first = text.indexOf("&");
  if (first < 0) return text;
  if (text.length < LONG_TEXT) return decodeShort(text, first);
  return text.length < REPEATED_TEXT ? decodeLong(text, first) : decodeRepeated(text, first);
}

/**
 * Texts this long are, in practice, the template JSON every form made from one template carries,
 * the same in file after file: decoded once and then found by the text itself (an exact match).
 */
const REPEATED_TEXT = 2048;
const repeated = new Map<string, string>();

function decodeRepeated(text: string, first: number): string {
  const known = repeated.get(text);
  if (known !== undefined) return known;
  const decoded = decodeLong(text, first);
  if (repeated.size >= 16) repeated.clear(); // a few templates at a time; unrelated long texts must not pile up
  repeated.set(text, decoded);
  return decoded;
}

function decodeShort(text: string, first: number): string {
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

const utf16 = new TextDecoder(new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? "utf-16le" : "utf-16be", { ignoreBOM: true });
let scratch = new Uint16Array(4096);

/**
 * The same result for long texts, written code unit by code unit into a buffer and decoded once: a
 * workbook's template JSON is thousands of characters with hundreds of &quot;, and joining that many
 * string pieces costs several times more. &quot; (by far the most frequent) is matched in place.
 */
function decodeLong(text: string, first: number): string {
  if (scratch.length < text.length) scratch = new Uint16Array(text.length * 2);
  const out = scratch;
  let n = 0;
  for (let i = 0; i < first; i++) out[n++] = text.charCodeAt(i);
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 38 /* & */) {
      out[n++] = c;
      continue;
    }
    if (text.startsWith("quot;", i + 1)) {
      out[n++] = 34;
      i += 5;
      continue;
    }
    const semi = text.indexOf(";", i + 1);
    const replacement = semi < 0 || semi - i > 12 ? undefined : referenceAt(text, i, semi);
    if (replacement === undefined) {
      out[n++] = c;
      continue;
    }
    for (let k = 0; k < replacement.length; k++) out[n++] = replacement.charCodeAt(k);
    i = semi;
  }
  return utf16.decode(out.subarray(0, n));
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

/** Whether text[from, to) holds an "&" (a reference): a bounded look, where indexOf would search on to the end of a long part. */
export function hasAmpersand(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 38) return true;
  return false;
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
