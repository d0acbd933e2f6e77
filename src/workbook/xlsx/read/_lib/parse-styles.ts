import { isDateFormatCode } from "../../../../core/sheet";
import { isBuiltInDateFormat } from "./built-in-date-formats";
import { TAG_CLOSE, XmlScanner } from "./xml-scanner";

/** What values (and a form's 其中 tree) need of each cell style: whether it shows a date, and its alignment indent. */
export interface CellStyles {
  dates: boolean[];
  /** The alignment indent of each style, 0 where none: forms show a 其中 row's place by indenting its label. */
  indents: number[];
}

/**
 * From xl/styles.xml only what values need: for each cell style index (the `s` of a cell), whether
 * its number format shows a date, and its indent. Fonts, fills and borders are skipped.
 */
export function parseCellStyles(xml: Uint8Array): CellStyles {
  const scanner = new XmlScanner(xml);
  const customCodes = new Map<number, string>();
  const styleFormatIds: number[] = [];
  const indents: number[] = [];
  let inCellXfs = false;
  while (scanner.next()) {
    const name = scanner.name;
    if (scanner.kind === TAG_CLOSE) {
      if (name === "cellXfs") inCellXfs = false;
      continue;
    }
    if (name === "numFmt") {
      const id = Number(scanner.attr("numFmtId"));
      const code = scanner.attr("formatCode");
      if (Number.isInteger(id) && code !== undefined) customCodes.set(id, code);
    } else if (name === "cellXfs") {
      inCellXfs = true;
    } else if (inCellXfs && name === "xf") {
      styleFormatIds.push(Number(scanner.attr("numFmtId") ?? 0));
      indents.push(0);
    } else if (inCellXfs && name === "alignment" && indents.length > 0) {
      indents[indents.length - 1] = Number(scanner.attr("indent") ?? 0) || 0;
    } else if (name === "fonts" || name === "fills" || name === "borders" || name === "cellStyleXfs" || name === "dxfs" || name === "extLst") {
      scanner.skipElement();
    }
  }
  const dates = styleFormatIds.map((id) => {
    const code = customCodes.get(id);
    // A custom code under a built-in id replaces it (some writers restate id 14 with their own code).
    return code !== undefined ? isDateFormatCode(code) : isBuiltInDateFormat(id);
  });
  return { dates, indents };
}
