import { packedCellRef, positiveInt } from "./cell-refs";
import type { SheetGrid } from "./sheet-grid";
import { holdsByte, isSpaceByte as isSpace, startsWithAscii, utf8Text } from "./xml-bytes";
import { xmlText } from "./xml-text";

/** Where the fast reading stopped, and whether that is past </sheetData> (else the scanner reads on from `pos`). */
export interface FastRowsResult {
  pos: number;
  done: boolean;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /

/** The attributes cells, rows and formulas need, as spans of the source; from < 0 when absent. */
class Attributes {
  end = 0;
  selfClosing = false;
  rFrom = -1;
  rTo = -1;
  sFrom = -1;
  sTo = -1;
  tFrom = -1;
  tTo = -1;
  siFrom = -1;
  siTo = -1;

  /** Reads the attributes of the tag whose name ends at p; false for anything unusual, which the scanner then reads. */
  read(xml: Uint8Array, p: number): boolean {
    this.rFrom = this.sFrom = this.tFrom = this.siFrom = -1;
    const length = xml.length;
    for (;;) {
      while (isSpace(xml[p])) p++;
      const c = xml[p];
      if (c === GT) {
        this.end = p + 1;
        this.selfClosing = false;
        return true;
      }
      if (c === SLASH) {
        if (xml[p + 1] !== GT) return false;
        this.end = p + 2;
        this.selfClosing = true;
        return true;
      }
      const nameStart = p;
      let localStart = p;
      for (; p < length; p++) {
        const ch = xml[p];
        if (ch === 61 /* = */ || isSpace(ch) || ch === GT || ch === SLASH || ch === LT) break;
        if (ch === 58 /* : */) localStart = p + 1;
      }
      if (p === nameStart) return false;
      const localEnd = p;
      while (isSpace(xml[p])) p++;
      if (xml[p] !== 61) return false;
      p++;
      while (isSpace(xml[p])) p++;
      const quote = xml[p];
      if (quote !== 34 && quote !== 39) return false;
      const close = nextByte(xml, quote, p + 1);
      if (close < 0) return false;
      if (!this.note(xml, localStart, localEnd, p + 1, close)) return false;
      p = close + 1;
    }
  }

  /** Keeps the first r, s, t and si (by local name, as the scanner reads them); a value with a reference is left to the scanner. */
  private note(xml: Uint8Array, nameFrom: number, nameTo: number, from: number, to: number): boolean {
    const length = nameTo - nameFrom;
    if (length > 2 || startsWithAscii(xml, nameFrom, "xmlns")) return true;
    const first = xml[nameFrom];
    const known = length === 1 ? first === 114 /* r */ || first === 115 /* s */ || first === 116 /* t */ : first === 115 && xml[nameFrom + 1] === 105; // si
    if (!known) return true;
    if (holdsByte(xml, from, to, 38 /* & */)) return false;
    // Plain assignments, not [a, b] = [from, to]: this runs for every attribute of every cell, much of it
    // before the code is optimised, where destructuring goes through the iterator protocol.
    if (length === 2) {
      if (this.siFrom < 0) {
        this.siFrom = from;
        this.siTo = to;
      }
    } else if (first === 114) {
      if (this.rFrom < 0) {
        this.rFrom = from;
        this.rTo = to;
      }
    } else if (first === 115) {
      if (this.sFrom < 0) {
        this.sFrom = from;
        this.sTo = to;
      }
    } else if (this.tFrom < 0) {
      this.tFrom = from;
      this.tTo = to;
    }
    return true;
  }
}

const attributes = new Attributes();

/**
 * The rows of <sheetData> in the shape nearly every writer uses — unprefixed <row>, <c> with r, s and
 * t, <v> values and <f> formulas — read byte by byte rather than by the general scanner, several
 * times faster on large sheets: references and styles are read as numbers in place, and a value's
 * text is made only when it is not a number. At a row holding anything else (an inline string, a
 * comment, CDATA, a prefix, an escaped attribute) it stops at the row's start, with the grid as it
 * was there, and the scanner reads that row; values placed again land on the same cells, so nothing
 * is counted twice.
 */
export function readRowsFast(xml: Uint8Array, from: number, grid: SheetGrid): FastRowsResult {
  let p = from;
  for (;;) {
    p = skipSpace(xml, p);
    if (startsWithAscii(xml, p, "</sheetData>")) return { pos: p + 12, done: true };
    const rowStart = p;
    grid.markRow();
    if (!isTag(xml, p, "<row") || !attributes.read(xml, p + 4)) return stopAt(grid, rowStart);
    grid.startRow(attributes.rFrom < 0 ? 0 : positiveInt(xml, attributes.rFrom, attributes.rTo));
    p = attributes.end;
    if (attributes.selfClosing) continue;
    for (;;) {
      p = skipSpace(xml, p);
      if (xml[p] === LT && xml[p + 1] === SLASH) {
        if (!startsWithAscii(xml, p, "</row>")) return stopAt(grid, rowStart);
        p += 6;
        break;
      }
      if (!isTag(xml, p, "<c") || !attributes.read(xml, p + 2)) return stopAt(grid, rowStart);
      const type = attributes.tFrom < 0 ? undefined : cellType(xml, attributes.tFrom, attributes.tTo);
      const style = attributes.sFrom < 0 ? 0 : positiveInt(xml, attributes.sFrom, attributes.sTo);
      grid.startCell(attributes.rFrom < 0 ? -1 : packedCellRef(xml, attributes.rFrom, attributes.rTo), type, style);
      p = attributes.end;
      if (attributes.selfClosing) {
        grid.finishCell();
        continue;
      }
      const next = readCellContent(xml, p, grid);
      if (next < 0) return stopAt(grid, rowStart);
      p = next;
    }
  }
}

/** The grid back as it was at the row's start, where the scanner is to read on. */
function stopAt(grid: SheetGrid, rowStart: number): FastRowsResult {
  grid.restoreRow();
  return { pos: rowStart, done: false };
}

/** <v> and <f> up to </c>, which finishes the cell; -1 for anything else. */
function readCellContent(xml: Uint8Array, p: number, grid: SheetGrid): number {
  for (;;) {
    p = skipSpace(xml, p);
    if (xml[p] !== LT) return -1;
    const c = xml[p + 1];
    if (c === SLASH) {
      if (xml[p + 2] !== 99 /* c */ || xml[p + 3] !== GT) return -1;
      grid.finishCell();
      return p + 4;
    }
    if (c === 118 /* v */ && xml[p + 2] === GT) {
      const end = nextByte(xml, LT, p + 3);
      if (end < 0 || !startsWithAscii(xml, end, "</v>")) return -1;
      grid.valueBytes(xml, p + 3, end);
      p = end + 4;
    } else if (c === 118 && xml[p + 2] === SLASH && xml[p + 3] === GT) {
      grid.value("");
      p += 4;
    } else if (isTag(xml, p, "<f") && attributes.read(xml, p + 2)) {
      const type = attributes.tFrom < 0 ? undefined : utf8Text(xml, attributes.tFrom, attributes.tTo);
      const si = attributes.siFrom < 0 ? undefined : utf8Text(xml, attributes.siFrom, attributes.siTo);
      p = attributes.end;
      let text = "";
      if (!attributes.selfClosing) {
        const end = nextByte(xml, LT, p);
        if (end < 0 || !startsWithAscii(xml, end, "</f>")) return -1;
        text = xmlText(xml, p, end);
        p = end + 4;
      }
      grid.formula(type, si, text);
    } else {
      return -1;
    }
  }
}

/** A cell's t: the common ones as constants, so reading them makes no string. */
function cellType(xml: Uint8Array, from: number, to: number): string {
  if (to - from === 1) {
    const c = xml[from];
    if (c === 115) return "s";
    if (c === 110) return "n";
    if (c === 98) return "b";
    if (c === 101) return "e";
  } else if (to - from === 3 && xml[from] === 115 && xml[from + 1] === 116 && xml[from + 2] === 114) {
    return "str";
  }
  return utf8Text(xml, from, to);
}

/** `<name` followed by the end of the name. */
function isTag(xml: Uint8Array, p: number, open: string): boolean {
  if (xml[p] !== LT || xml[p + 1] !== open.charCodeAt(1) || !startsWithAscii(xml, p, open)) return false;
  const c = xml[p + open.length];
  return isSpace(c) || c === GT || c === SLASH;
}

/** Where `code` next occurs from `p`, or -1: values and attributes are a few bytes long, shorter than the call of indexOf costs. */
function nextByte(xml: Uint8Array, code: number, p: number): number {
  const length = xml.length;
  while (p < length && xml[p] !== code) p++;
  return p < length ? p : -1;
}

function skipSpace(xml: Uint8Array, p: number): number {
  while (isSpace(xml[p])) p++;
  return p;
}
