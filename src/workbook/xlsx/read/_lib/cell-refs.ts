import type { CellRange } from "../../../../core/sheet";

/** A non-negative integer from the digits between from and to; anything else gives 0 (callers treat 0 as "absent"). */
export function positiveInt(text: string | undefined, from = 0, to = text?.length ?? 0): number {
  if (text === undefined || to <= from || to - from > 10) return 0;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 0;
    n = n * 10 + d;
  }
  return n;
}

/** Cell references pack into one number, row × REF_COLUMNS + column, so reading one makes no object. */
export const REF_COLUMNS = 32768;

/** "B7" (between from and to) → 6 × REF_COLUMNS + 1; -1 for anything else (a malformed r is treated as missing). */
export function packedCellRef(ref: string, from = 0, to = ref.length): number {
  let i = from;
  let col = 0;
  for (; i < to && i < from + 4; i++) {
    const c = ref.charCodeAt(i) & ~32; // upper-case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === from || i > from + 3) return -1;
  const row = positiveInt(ref, i, to);
  return row > 0 ? (row - 1) * REF_COLUMNS + col - 1 : -1;
}

/** "A1:C2" (or "B7" alone) → the range; undefined when either end is malformed. */
export function parseRange(ref: string | undefined): CellRange | undefined {
  if (!ref) return undefined;
  const [first, second = first] = ref.split(":");
  const a = packedCellRef(first);
  const b = packedCellRef(second);
  if (a < 0 || b < 0) return undefined;
  const [rowA, colA, rowB, colB] = [Math.floor(a / REF_COLUMNS), a % REF_COLUMNS, Math.floor(b / REF_COLUMNS), b % REF_COLUMNS];
  return { top: Math.min(rowA, rowB), left: Math.min(colA, colB), bottom: Math.max(rowA, rowB), right: Math.max(colA, colB) };
}
