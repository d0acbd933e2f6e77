/**
 * Reading XML as UTF-8 bytes rather than decoded text. Every character markup is made of ("<", ">",
 * quotes, "=", "/", names of the SpreadsheetML vocabulary) is ASCII, and in UTF-8 an ASCII byte never
 * occurs inside a multi-byte character, so searching the bytes finds exactly what searching the
 * decoded text would; only the texts a value needs are ever decoded.
 */

// ignoreBOM: a text may begin with U+FEFF; only the part's own byte-order mark is not text, and it
// lies before the first tag, where no text is ever taken from.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Whether the bytes at `at` spell `ascii`. */
export function startsWithAscii(bytes: Uint8Array, at: number, ascii: string): boolean {
  if (at + ascii.length > bytes.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** Where `ascii` next occurs at or after `from`, or -1. */
export function indexOfAscii(bytes: Uint8Array, ascii: string, from: number): number {
  const first = ascii.charCodeAt(0);
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1)) {
    if (startsWithAscii(bytes, at, ascii)) return at;
  }
  return -1;
}

/** Whether bytes[from, to) hold the byte `code` (a bounded look, where indexOf would search on to the end of the part). */
export function holdsByte(bytes: Uint8Array, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] === code) return true;
  return false;
}

/** Short ASCII runs (names, numbers, most codes) are built directly: a decoder call costs more than they do. */
const DIRECT_MAX = 24;

/** bytes[from, to) decoded as UTF-8, as TextDecoder decodes them (malformed sequences become U+FFFD). */
export function utf8Text(bytes: Uint8Array, from: number, to: number): string {
  if (to - from <= DIRECT_MAX) {
    let text = "";
    for (let i = from; i < to; i++) {
      const b = bytes[i];
      if (b >= 0x80) return utf8.decode(bytes.subarray(from, to));
      text += String.fromCharCode(b);
    }
    return text;
  }
  return utf8.decode(bytes.subarray(from, to));
}

export function isSpaceByte(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}
