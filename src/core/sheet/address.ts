/** A1 notation for 0-based row/column positions, and back. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "B7" for row 6, column 1. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B7:D9" for a range; a single cell gives "B7". */
export function rangeAddress(range: { top: number; left: number; bottom: number; right: number }): string {
  const start = cellAddress(range.top, range.left);
  return range.top === range.bottom && range.left === range.right ? start : `${start}:${cellAddress(range.bottom, range.right)}`;
}

/** 0-based {row, col} of an A1 address ("$B$7" works too); undefined when it is not one. */
export function parseCellAddress(address: string): { row: number; col: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return undefined;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}
