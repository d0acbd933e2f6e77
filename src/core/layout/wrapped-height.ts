/**
 * The height a row needs for text wrapped in a cell `width` characters wide (Excel's width units):
 * neither Excel nor LibreOffice grows a row for wrapped text written into a file, so a long 说明
 * would print over the rows below it. A Chinese character takes about two width units at 11 pt, a
 * Latin letter or digit a little more than one (the CJK fonts' Latin is wider than Calibri's digits);
 * each line about 15 points, as the default row.
 */
const LINE_POINTS = 15;
const ROW_PADDING = 3;
const LATIN_UNITS = 1.2;

export function wrappedHeight(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width) - 1);
  let lines = 0;
  let units = 0;
  // Character by character, without an array per text: a ledger summary measures hundreds of thousands.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      lines += Math.max(1, Math.ceil(units / perLine));
      units = 0;
      continue;
    }
    units += code < 0x2e80 ? LATIN_UNITS : 2;
    // A character beyond the basic plane (two UTF-16 units) counts once, as wide as a Chinese one; a lone
    // surrogate is a character of its own, and the one after it is counted too.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  lines += Math.max(1, Math.ceil(units / perLine));
  return lines * LINE_POINTS + ROW_PADDING;
}

/** Excel's default row height, for a row the plan gives none. */
const DEFAULT_ROW = 15;

/**
 * Whether a row `height` points tall certainly holds the text, without measuring it: it would, were every
 * character as wide as a Chinese one (none is wider). Never for a text that breaks its lines (each break
 * starts a line of its own): that one is measured. The bound by length first, the text searched for a
 * break only when it holds: a row's first text never fits a default row, and a ledger summary's 480,000
 * texts were each searched for a break before the sum that refused most of them.
 */
export function certainlyFits(text: string, width: number, height: number): boolean {
  const perLine = Math.max(1, Math.floor(width) - 1);
  if (Math.max(1, Math.ceil((text.length * 2) / perLine)) * LINE_POINTS + ROW_PADDING > height) return false;
  return text.indexOf("\n") < 0;
}

/**
 * Grow a row (never shrink it) to the height its text needs in a column `width` wide. A row already as
 * tall as the text could ever need is left as it is, the text not measured: a ledger summary's 60,000
 * rows hold 480,000 texts, and once a row's first text has set its height most of the others fit.
 */
export function growRowForText(rowHeights: Record<number, number>, row: number, text: string, width: number): void {
  const current = rowHeights[row] ?? DEFAULT_ROW;
  if (certainlyFits(text, width, current)) return;
  const height = wrappedHeight(text, width);
  if (height > current) rowHeights[row] = height;
}
