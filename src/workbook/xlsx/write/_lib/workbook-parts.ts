import type { PrintSetup } from "../../../../core/layout";
import { columnLetters, type SheetVisibility } from "../../../../core/sheet";
import { xmlEscape } from "./xml-escape";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE = "application/vnd.openxmlformats-officedocument";

/** What the workbook part says of a sheet: its tab name, whether the clerk sees it, and what prints on every page. */
export interface SheetEntry {
  name: string;
  state: SheetVisibility;
  print?: PrintSetup;
}

/** The rows and columns repeated on each printed page, as Excel keeps them: a name local to the sheet. */
function printTitles(sheet: SheetEntry, index: number): string {
  const { print } = sheet;
  if (!print) return "";
  const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
  const parts = [];
  if (print.titleColumns) parts.push(`${quoted}!$${columnLetters(print.titleColumns.first)}:$${columnLetters(print.titleColumns.last)}`);
  parts.push(`${quoted}!$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
  return `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlEscape(parts.join(","))}</definedName>`;
}

/** xl/workbook.xml: the sheets in order with their states, the tab it opens on, print titles, and a full recalculation on opening. */
export function workbookXml(sheets: readonly SheetEntry[], activeTab: number): string {
  const list = sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}"${s.state === "visible" ? "" : ` state="${s.state}"`} r:id="rId${i + 1}"/>`).join("");
  const names = sheets.map(printTitles).join("");
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="12000" windowHeight="24000" firstSheet="0" activeTab="${activeTab}"/></bookViews>` +
    `<sheets>${list}</sheets>${names ? `<definedNames>${names}</definedNames>` : ""}<calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>`
  );
}

/** xl/_rels/workbook.xml.rels: the sheets first (rId1…), then styles and shared strings. */
export function workbookRelsXml(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  return (
    XML_HEAD +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets}` +
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheetCount + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  );
}

export function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.spreadsheetml.worksheet+xml"/>`).join("");
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.spreadsheetml.sheet.main+xml"/>${sheets}` +
    `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.spreadsheetml.sharedStrings+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${TYPE}.extended-properties+xml"/></Types>`
  );
}

export function rootRelsXml(): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`
  );
}

/** docProps/core.xml: who made the workbook and when; the keywords carry the workbook's identifier where it has one. */
export function corePropsXml(creator: string, created: Date, keywords: string): string {
  const when = created.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${xmlEscape(creator)}</dc:creator>${keywords ? `<cp:keywords>${xmlEscape(keywords)}</cp:keywords>` : ""}` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

export function appPropsXml(): string {
  return XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>';
}
