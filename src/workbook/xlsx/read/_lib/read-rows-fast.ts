import { packedCellRef, positiveInt } from "./cell-refs";
import type { SheetGrid } from "./sheet-grid";
import { decodeEntities, hasAmpersand, normalizeLineEnds } from "./xml-text";

/** Where the fast reading stopped, and whether that is past </sheetData> (else the scanner reads on from `pos`). */
export interface FastRowsResult {
  pos: number;
  done: boolean;
}

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
  read(xml: string, p: number): boolean {
    this.rFrom = this.sFrom = this.tFrom = this.siFrom = -1;
    for (;;) {
      while (isSpace(xml.charCodeAt(p))) p++;
      const c = xml.charCodeAt(p);
      if (c === 62 /* > */) {
        this.end = p + 1;
        this.selfClosing = false;
        return true;
      }
      if (c === 47 /* / */) {
        if (xml.charCodeAt(p + 1) !== 62) return false;
        this.end = p + 2;
        this.selfClosing = true;
        return true;
      }
      const nameStart = p;
      let localStart = p;
      for (; p < xml.length; p++) {
        const ch = xml.charCodeAt(p);
        if (ch === 61 /* = */ || isSpace(ch) || ch === 62 || ch === 47 || ch === 60 /* < */) break;
        if (ch === 58 /* : */) localStart = p + 1;
      }
      if (p === nameStart) return false;
      const localEnd = p;
      while (isSpace(xml.charCodeAt(p))) p++;
      if (xml.charCodeAt(p) !== 61) return false;
      p++;
      while (isSpace(xml.charCodeAt(p))) p++;
      const quote = xml.charCodeAt(p);
      if (quote !== 34 && quote !== 39) return false;
      const close = xml.indexOf(quote === 34 ? '"' : "'", p + 1);
      if (close < 0) return false;
      if (!this.note(xml, localStart, localEnd, p + 1, close)) return false;
      p = close + 1;
    }
  }

  /** Keeps the first r, s, t and si (by local name, as the scanner reads them); a value with a reference is left to the scanner. */
  private note(xml: string, nameFrom: number, nameTo: number, from: number, to: number): boolean {
    const length = nameTo - nameFrom;
    if (length > 2 || xml.startsWith("xmlns", nameFrom)) return true;
    const first = xml.charCodeAt(nameFrom);
    const known = length === 1 ? first === 114 /* r */ || first === 115 /* s */ || first === 116 /* t */ : first === 115 && xml.charCodeAt(nameFrom + 1) === 105; // si
    if (!known) return true;
    if (hasAmpersand(xml, from, to)) return false;
    if (length === 2) {
      if (this.siFrom < 0) [this.siFrom, this.siTo] = [from, to];
    } else if (first === 114) {
      if (this.rFrom < 0) [this.rFrom, this.rTo] = [from, to];
    } else if (first === 115) {
      if (this.sFrom < 0) [this.sFrom, this.sTo] = [from, to];
    } else if (this.tFrom < 0) [this.tFrom, this.tTo] = [from, to];
    return true;
  }
}

const attributes = new Attributes();

/**
 * The rows of <sheetData> in the shape nearly every writer uses — unprefixed <row>, <c> with r, s and
 * t, <v> values and <f> formulas — read with string searches rather than the general scanner, several
 * times faster on large sheets. At a row holding anything else (an inline string, a comment, CDATA, a
 * prefix, an escaped attribute) it stops at the row's start, with the grid as it was there, and the
 * scanner reads that row; values placed again land on the same cells, so nothing is counted twice.
 */
export function readRowsFast(xml: string, from: number, grid: SheetGrid): FastRowsResult {
  let p = from;
  for (;;) {
    p = skipSpace(xml, p);
    if (xml.startsWith("</sheetData>", p)) return { pos: p + 12, done: true };
    const rowStart = p;
    const mark = grid.markRow();
    const stop = (): FastRowsResult => {
      grid.restoreRow(mark);
      return { pos: rowStart, done: false };
    };
    if (!isTag(xml, p, "<row") || !attributes.read(xml, p + 4)) return stop();
    grid.startRow(attributes.rFrom < 0 ? 0 : positiveInt(xml, attributes.rFrom, attributes.rTo));
    p = attributes.end;
    if (attributes.selfClosing) continue;
    for (;;) {
      p = skipSpace(xml, p);
      if (xml.startsWith("</row>", p)) {
        p += 6;
        break;
      }
      if (!isTag(xml, p, "<c") || !attributes.read(xml, p + 2)) return stop();
      const type = attributes.tFrom < 0 ? undefined : xml.slice(attributes.tFrom, attributes.tTo);
      const style = attributes.sFrom < 0 ? 0 : positiveInt(xml, attributes.sFrom, attributes.sTo);
      grid.startCell(attributes.rFrom < 0 ? -1 : packedCellRef(xml, attributes.rFrom, attributes.rTo), type, style);
      p = attributes.end;
      if (attributes.selfClosing) {
        grid.finishCell();
        continue;
      }
      const next = readCellContent(xml, p, grid);
      if (next < 0) return stop();
      p = next;
    }
  }
}

/** <v> and <f> up to </c>, which finishes the cell; -1 for anything else. */
function readCellContent(xml: string, p: number, grid: SheetGrid): number {
  for (;;) {
    p = skipSpace(xml, p);
    if (xml.startsWith("</c>", p)) {
      grid.finishCell();
      return p + 4;
    }
    if (xml.startsWith("<v>", p)) {
      const end = xml.indexOf("<", p + 3);
      if (end < 0 || !xml.startsWith("</v>", end)) return -1;
      grid.value(textOf(xml, p + 3, end));
      p = end + 4;
    } else if (xml.startsWith("<v/>", p)) {
      grid.value("");
      p += 4;
    } else if (isTag(xml, p, "<f") && attributes.read(xml, p + 2)) {
      const type = attributes.tFrom < 0 ? undefined : xml.slice(attributes.tFrom, attributes.tTo);
      const si = attributes.siFrom < 0 ? undefined : xml.slice(attributes.siFrom, attributes.siTo);
      p = attributes.end;
      let text = "";
      if (!attributes.selfClosing) {
        const end = xml.indexOf("<", p);
        if (end < 0 || !xml.startsWith("</f>", end)) return -1;
        text = textOf(xml, p, end);
        p = end + 4;
      }
      grid.formula(type, si, text);
    } else {
      return -1;
    }
  }
}

/** Character data as the scanner gives it: line ends normalized, then references decoded. */
function textOf(xml: string, from: number, to: number): string {
  return decodeEntities(normalizeLineEnds(xml.slice(from, to)));
}

/** `<name` followed by the end of the name. */
function isTag(xml: string, p: number, open: string): boolean {
  if (!xml.startsWith(open, p)) return false;
  const c = xml.charCodeAt(p + open.length);
  return isSpace(c) || c === 62 /* > */ || c === 47 /* / */;
}

function skipSpace(xml: string, p: number): number {
  while (isSpace(xml.charCodeAt(p))) p++;
  return p;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}
