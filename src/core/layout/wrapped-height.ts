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
  for (const part of text.split("\n")) lines += Math.max(1, Math.ceil(textUnits(part) / perLine));
  return lines * LINE_POINTS + ROW_PADDING;
}

/**
 * The width units of one line, character by character (a surrogate pair is one character, and wide).
 * A loop over the codes, not an array of characters: a ledger's summary sets a text in every cell of
 * 60,000 rows, and an array per text was most of the work of laying it out.
 */
function textUnits(line: string): number {
  let units = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
      const next = line.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    units += code < 0x2e80 ? LATIN_UNITS : 2;
  }
  return units;
}
