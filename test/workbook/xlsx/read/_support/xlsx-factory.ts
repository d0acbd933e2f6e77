import { strToU8, zipSync } from "fflate";
import type { Zippable } from "fflate";

/** Hand-made .xlsx packages for shapes ExcelJS never writes (no r attributes, inline strings, prefixes…). */
export interface FactorySheet {
  name: string;
  state?: "hidden" | "veryHidden";
  /** The inside of <sheetData>. */
  sheetData: string;
  /** XML after </sheetData>, e.g. "<mergeCells>…</mergeCells>". */
  after?: string;
  /** A whole worksheet part instead of the wrapper built from sheetData/after. */
  rawXml?: string;
}

export interface FactoryWorkbook {
  sheets: FactorySheet[];
  /** <si> items, as XML, or plain strings (each becomes <si><t>…</t></si>). */
  sharedStrings?: string[];
  /** The inside of <styleSheet>. */
  styles?: string;
  date1904?: boolean;
  /** Macro-enabled content type for the workbook part. */
  macro?: boolean;
  /** Entries to add or replace, by name. */
  extra?: Record<string, string | Uint8Array>;
  /** Entries to leave out, by name. */
  omit?: string[];
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export function worksheetXml(sheetData: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function buildXlsx(book: FactoryWorkbook): Uint8Array {
  const files: Record<string, string | Uint8Array> = {};
  const mainType = book.macro ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  const overrides = [`<Override PartName="/xl/workbook.xml" ContentType="${mainType}"/>`];
  const rels: string[] = [];
  const sheetEntries: string[] = [];
  book.sheets.forEach((sheet, i) => {
    const n = i + 1;
    files[`xl/worksheets/sheet${n}.xml`] = sheet.rawXml ?? worksheetXml(sheet.sheetData, sheet.after);
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    rels.push(`<Relationship Id="rId${n}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    const state = sheet.state ? ` state="${sheet.state}"` : "";
    sheetEntries.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${n}"${state} r:id="rId${n}"/>`);
  });
  if (book.sharedStrings) {
    const items = book.sharedStrings.map((s) => (s.startsWith("<si") ? s : `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`));
    files["xl/sharedStrings.xml"] = `<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="${MAIN_NS}" count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`;
    rels.push(`<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`);
  }
  if (book.styles) {
    files["xl/styles.xml"] = `<?xml version="1.0" encoding="UTF-8"?>\n<styleSheet xmlns="${MAIN_NS}">${book.styles}</styleSheet>`;
    rels.push(`<Relationship Id="rIdT" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  }
  const workbookPr = book.date1904 ? `<workbookPr date1904="1"/>` : "<workbookPr/>";
  files["xl/workbook.xml"] = `<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${workbookPr}<sheets>${sheetEntries.join("")}</sheets></workbook>`;
  files["xl/_rels/workbook.xml.rels"] = `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL_NS}">${rels.join("")}</Relationships>`;
  files["_rels/.rels"] = `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  files["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`;
  Object.assign(files, book.extra ?? {});
  for (const name of book.omit ?? []) delete files[name];
  return zipOf(files);
}

/** A zip of text or binary entries, deflated. */
export function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) zippable[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(zippable);
}

/** A one-sheet workbook from sheetData XML. */
export function oneSheet(sheetData: string, more: Omit<FactoryWorkbook, "sheets"> & { after?: string } = {}): Uint8Array {
  return buildXlsx({ ...more, sheets: [{ name: "Sheet1", sheetData, after: more.after }] });
}
