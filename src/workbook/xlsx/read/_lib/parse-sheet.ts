import type { CellRange, CellValue } from "../../../../core/sheet";
import { packedCellRef, packedCellRefOfText, parseRange, positiveInt, positiveIntOfText, rangeOfBytes } from "./cell-refs";
import { readStringItem } from "./parse-shared-strings";
import { readRowsFast } from "./read-rows-fast";
import { SheetGrid, type SheetContext } from "./sheet-grid";
import { TAG_CLOSE, TAG_OPEN, TAG_SELF_CLOSING, XmlScanner } from "./xml-scanner";
import { holdsByte } from "./xml-bytes";

export type { SheetContext } from "./sheet-grid";

export interface SheetContent {
  rows: CellValue[][];
  merges: CellRange[];
  formulas: Record<string, string> | undefined;
  indents: Record<string, number> | undefined;
}

/**
 * Parts of a worksheet that hold no values and never nest themselves, skipped without reading their
 * tags: a form's data validations alone are hundreds of attributes (prompts, messages) per sheet.
 */
const FLAT_PARTS_SKIPPED = new Set(["sheetViews", "cols", "dataValidations", "conditionalFormatting", "hyperlinks", "headerFooter", "protectedRanges", "ignoredErrors", "rowBreaks", "colBreaks"]);

/**
 * A worksheet part's <sheetData> and <mergeCells>, from its UTF-8 bytes: the part is never decoded
 * whole (formatting, validations and the rest are passed over as bytes). Rows in the common shape are
 * read by readRowsFast; the general scanner reads any other row (and everything outside the rows),
 * then hands back.
 */
export function parseSheet(xml: Uint8Array, ctx: SheetContext): SheetContent {
  const scanner = new XmlScanner(xml);
  const grid = new SheetGrid(ctx);
  const merges: CellRange[] = [];
  let inSheetData = false;
  let sheetDataRead = false;

  const readFast = (): void => {
    const result = readRowsFast(xml, scanner.position, grid);
    scanner.seek(result.pos);
    if (result.done) {
      inSheetData = false;
      sheetDataRead = true;
    }
  };

  while (scanner.next()) {
    const name = scanner.name;
    const kind = scanner.kind;
    if (kind === TAG_CLOSE) {
      if (name === "c" && grid.inCell) grid.finishCell();
      else if (name === "row" && inSheetData) readFast();
      else if (name === "sheetData") {
        inSheetData = false;
        sheetDataRead = true;
      }
      // Merges follow the cells and are the last part values need (a sheet has one mergeCells); what comes after is formatting.
      else if (name === "mergeCells" && sheetDataRead) break;
      continue;
    }
    if (!inSheetData) {
      if (name === "sheetData" && kind === TAG_OPEN) {
        inSheetData = true;
        readFast();
      } else if (kind === TAG_OPEN && FLAT_PARTS_SKIPPED.has(name)) scanner.skipFlatElement();
      else if (name === "mergeCell") {
        const range = rangeAttr(scanner);
        if (range) merges.push(range);
      }
      continue;
    }
    switch (name) {
      case "row":
        grid.startRow(intAttr(scanner, "r"));
        if (kind === TAG_SELF_CLOSING) readFast();
        break;
      case "c":
        grid.startCell(refAttr(scanner), scanner.attr("t"), intAttr(scanner, "s"));
        if (kind === TAG_SELF_CLOSING) grid.finishCell();
        break;
      case "v":
        if (grid.inCell) readValue(scanner, grid);
        break;
      case "is":
        if (grid.inCell && kind === TAG_OPEN) grid.inline(readStringItem(scanner, "is"));
        break;
      case "f":
        if (grid.inCell) grid.formula(scanner.attr("t"), scanner.attr("si"), kind === TAG_OPEN ? scanner.text() : "");
        break;
      default:
        break;
    }
  }
  if (grid.inCell) grid.finishCell(); // a part cut off inside a cell still yields what was read
  return { rows: grid.rows, merges, formulas: grid.formulas, indents: grid.indents };
}

/** A <v>: plain character data straight from the bytes (see SheetGrid.valueBytes), anything else (CDATA, comments) through the scanner. */
function readValue(scanner: XmlScanner, grid: SheetGrid): void {
  if (scanner.kind !== TAG_OPEN) {
    grid.value("");
    return;
  }
  const bytes = scanner.source;
  const from = scanner.position;
  const end = bytes.indexOf(60 /* < */, from);
  if (end >= 0 && bytes[end + 1] === 47 /* / */) {
    grid.valueBytes(bytes, from, end);
    scanner.seek(end);
  } else {
    grid.value(scanner.text());
  }
}

/** An attribute's digits read in place; an escaped value (&#49;, never written in practice) is decoded first. */
function intAttr(scanner: XmlScanner, name: string): number {
  if (!scanner.rawAttr(name)) return 0;
  const value = positiveInt(scanner.source, scanner.rawFrom, scanner.rawTo);
  return value === 0 && hasReference(scanner) ? positiveIntOfText(scanner.attr(name)) : value;
}

/** The packed reference of a cell's r attribute, or -1. */
function refAttr(scanner: XmlScanner): number {
  if (!scanner.rawAttr("r")) return -1;
  const at = packedCellRef(scanner.source, scanner.rawFrom, scanner.rawTo);
  return at < 0 && hasReference(scanner) ? packedCellRefOfText(scanner.attr("r") ?? "") : at;
}

/** A mergeCell's ref read in place; an escaped one (never written in practice) is decoded first. */
function rangeAttr(scanner: XmlScanner): CellRange | undefined {
  if (!scanner.rawAttr("ref")) return undefined;
  return hasReference(scanner) ? parseRange(scanner.attr("ref")) : rangeOfBytes(scanner.source, scanner.rawFrom, scanner.rawTo);
}

function hasReference(scanner: XmlScanner): boolean {
  return holdsByte(scanner.source, scanner.rawFrom, scanner.rawTo, 38 /* & */);
}
