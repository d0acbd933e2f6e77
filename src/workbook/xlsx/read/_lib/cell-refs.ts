import type { CellRange } from "../../../../core/sheet";

/** The integer the ASCII digits in bytes[from, to) write, 1 to 10 of them; NaN for anything else. */
export function digitsAt(bytes: Uint8Array, from: number, to: number): number {
  if (to <= from || to - from > 10) return NaN;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = bytes[i] - 48;
    if (!(d >= 0 && d <= 9)) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** A non-negative integer from the ASCII digits in bytes[from, to); anything else gives 0 (callers treat 0 as "absent"). */
export function positiveInt(bytes: Uint8Array, from: number, to: number): number {
  const n = digitsAt(bytes, from, to);
  return n === n ? n : 0;
}

const encoder = new TextEncoder();

/** positiveInt of a decoded text (an escaped attribute, a value with references): the rare path. */
export function positiveIntOfText(text: string | undefined): number {
  if (text === undefined) return 0;
  const bytes = encoder.encode(text);
  return positiveInt(bytes, 0, bytes.length);
}

/** Cell references pack into one number, row × REF_COLUMNS + column, so reading one makes no object. */
export const REF_COLUMNS = 32768;

/** "B7" (in bytes[from, to)) → 6 × REF_COLUMNS + 1; -1 for anything else (a malformed r is treated as missing). */
export function packedCellRef(bytes: Uint8Array, from: number, to: number): number {
  let i = from;
  let col = 0;
  for (; i < to && i < from + 4; i++) {
    const c = bytes[i] & ~32; // upper-case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === from || i > from + 3) return -1;
  const row = positiveInt(bytes, i, to);
  return row > 0 ? (row - 1) * REF_COLUMNS + col - 1 : -1;
}

/** packedCellRef of a decoded text. */
export function packedCellRefOfText(text: string): number {
  const bytes = encoder.encode(text);
  return packedCellRef(bytes, 0, bytes.length);
}

/** "A1:C2" (or "B7" alone) → the range; undefined when either end is malformed. */
export function parseRange(ref: string | undefined): CellRange | undefined {
  if (!ref) return undefined;
  const bytes = encoder.encode(ref);
  return rangeOfBytes(bytes, 0, bytes.length);
}

/**
 * parseRange of the ASCII in bytes[from, to), read in place: a form's sheet has a dozen merged ranges,
 * and a consolidation reads them in every file (making a text of each, then its bytes again, cost more
 * than reading them).
 */
export function rangeOfBytes(bytes: Uint8Array, from: number, to: number): CellRange | undefined {
  if (to <= from) return undefined;
  const colon = byteWithin(bytes, 58 /* : */, from, to);
  // Like ref.split(":"): the second end stops at a further colon.
  const second = colon < 0 ? -1 : byteWithin(bytes, 58, colon + 1, to);
  const a = packedCellRef(bytes, from, colon < 0 ? to : colon);
  const b = colon < 0 ? a : packedCellRef(bytes, colon + 1, second < 0 ? to : second);
  if (a < 0 || b < 0) return undefined;
  // Plain locals, not an array destructured: before the code is optimised (most of one command's run),
  // destructuring goes through the iterator protocol, which cost more than the rest of the reading.
  const rowA = Math.floor(a / REF_COLUMNS);
  const colA = a % REF_COLUMNS;
  const rowB = Math.floor(b / REF_COLUMNS);
  const colB = b % REF_COLUMNS;
  return { top: Math.min(rowA, rowB), left: Math.min(colA, colB), bottom: Math.max(rowA, rowB), right: Math.max(colA, colB) };
}

/** The first place of `byte` in bytes[from, to), or -1. */
function byteWithin(bytes: Uint8Array, byte: number, from: number, to: number): number {
  const at = bytes.indexOf(byte, from);
  return at >= 0 && at < to ? at : -1;
}
