import type { SheetVisibility } from "../../../../core/sheet";
import { TAG_CLOSE, XmlScanner } from "./xml-scanner";

export interface WorkbookSheetEntry {
  name: string;
  visibility: SheetVisibility;
  /** The r:id of the sheet's part in the workbook's relationships. */
  relationshipId: string | undefined;
}

export interface WorkbookPart {
  sheets: WorkbookSheetEntry[];
  date1904: boolean;
}

/** xl/workbook.xml: the sheets in tab order with their visibility, and the date system. */
export function parseWorkbookPart(xml: Uint8Array): WorkbookPart {
  const scanner = new XmlScanner(xml);
  const sheets: WorkbookSheetEntry[] = [];
  let date1904 = false;
  while (scanner.next()) {
    if (scanner.kind === TAG_CLOSE) continue;
    if (scanner.name === "sheet") {
      const state = scanner.attr("state");
      sheets.push({
        name: scanner.attr("name") ?? "",
        visibility: state === "hidden" ? "hidden" : state === "veryHidden" ? "veryHidden" : "visible",
        relationshipId: scanner.attr("id"),
      });
    } else if (scanner.name === "workbookPr") {
      const value = scanner.attr("date1904");
      date1904 = value === "1" || value === "true";
    } else if (scanner.name === "definedNames" || scanner.name === "extLst") {
      scanner.skipElement();
    }
  }
  return { sheets, date1904 };
}
