import type { ReadLimits } from "../../../../../src/workbook/xlsx/read";
import { buildXlsx, oneSheet, worksheetXml, zipOf } from "./xlsx-factory";
import { concat } from "./zip-surgery";

/**
 * Hand-made workbooks for every shape where a reader working on the XML's bytes could part from one
 * working on its decoded text: entities, line ends, xml:space, rich text, inline strings, shared
 * formulas, dates in both systems, errors, numbers at the edge of exactness, non-ASCII text, broken
 * UTF-8, UTF-16 parts, limits. Their readings (or refusals) are pinned by read-digests.json.
 */
export interface ReadingCase {
  name: string;
  bytes: Uint8Array;
  limits?: Partial<ReadLimits>;
  formulas?: boolean;
}

const DATE_STYLES =
  `<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/><numFmt numFmtId="165" formatCode="[h]:mm"/></numFmts>` +
  `<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="0"><alignment indent="2"/></xf></cellXfs>`;

const NUMBERS = [
  "0", "-0", "1", "42", "0.1", "0.2", "0.30000000000000004", "123456789012345", "1234567890123456", "12345678901234567890",
  "9007199254740993", "3.14159265358979", "-12.5", "00012", ".5", "5.", "1.5E-3", "1e400", "-1E+2", "+5", "0x10", " 12 ",
  "Infinity", "abc", "1_000", "", "-", ".", "0.000000000000000000001", "1.0000000000000000000000001", "799.28", "44978", "44978.75",
];

const SHARED_INDEXES = ["0", "1", "00", " 2 ", "abc", "99999", "-1", "1.0", "12345678901", "3"];

function cells(values: string[], attrs: string, row: number): string {
  return values.map((v, i) => `<c r="${column(i)}${row}"${attrs}><v>${v}</v></c>`).join("");
}

function column(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const utf8 = new TextEncoder();

/** A worksheet part whose text holds bytes that are not UTF-8 (a lone lead byte, a stray continuation byte, a cut-off sequence). */
function brokenUtf8Sheet(): Uint8Array {
  const head = utf8.encode(`<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>a`);
  const tail = utf8.encode(`b</v></c><c r="B1" t="inlineStr"><is><t>x`);
  const end = utf8.encode(`</t></is></c><c r="C1" t="str"><v>`);
  const close = utf8.encode(`</v></c></row></sheetData></worksheet>`);
  return concat([head, Uint8Array.of(0xe4, 0xb8), tail, Uint8Array.of(0x80, 0xff), end, Uint8Array.of(0xf0, 0x9f, 0x98), close]);
}

function utf16Sheet(): Uint8Array {
  const text = worksheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>十六位</t></is></c><c r="B1"><v>7</v></c></row>`);
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

export function readingEdgeCases(): ReadingCase[] {
  const cases: ReadingCase[] = [];
  const add = (name: string, bytes: Uint8Array, more: Omit<ReadingCase, "name" | "bytes"> = {}): void => {
    cases.push({ name, bytes, ...more });
  };

  add("numbers at the edge of exactness, with and without date styles", oneSheet(
    `<row r="1">${cells(NUMBERS, "", 1)}</row><row r="2">${cells(NUMBERS, ` t="n"`, 2)}</row><row r="3">${cells(NUMBERS, ` s="2"`, 3)}</row>` +
      `<row r="4">${cells(NUMBERS, ` s="3"`, 4)}</row><row r="5">${cells(NUMBERS, ` s="1" t="n"`, 5)}</row>`,
    { styles: DATE_STYLES },
  ));
  add("dates of the 1904 system", oneSheet(`<row r="1">${cells(["0", "1", "59", "60", "61", "1462", "2957003", "-1", "0.5"], ` s="1"`, 1)}</row>`, { styles: DATE_STYLES, date1904: true }));
  add("dates of the 1900 system around its missing 29 February", oneSheet(`<row r="1">${cells(["0", "0.25", "1", "59", "60", "60.5", "61", "2958465", "2958466"], ` s="2"`, 1)}</row>`, { styles: DATE_STYLES }));
  add("shared-string indexes of every shape", oneSheet(`<row r="1">${cells(SHARED_INDEXES, ` t="s"`, 1)}</row>`, { sharedStrings: ["零", "一", "二", "三"] }));
  add("booleans, errors, ISO dates, str and unknown types", oneSheet(
    `<row r="1">${cells(["1", "0", "true", "false", " 1 ", ""], ` t="b"`, 1)}</row>` +
      `<row r="2">${cells(["#DIV/0!", "#N/A", " #REF! ", "", "#VALUE!"], ` t="e"`, 2)}</row>` +
      `<row r="3">${cells(["2023-02-20", "2023-02-20T08:30:00", "2023-02-20T08:30:00+08:00", "notadate", ""], ` t="d"`, 3)}</row>` +
      `<row r="4">${cells(["text", " padded ", "1.5", "a_x000D_b", "_x005F_x0041_"], ` t="str"`, 4)}</row>` +
      `<row r="5">${cells(["7", "x", ""], ` t="zz"`, 5)}</row>`,
  ));
  add("entities and character references in values, formulas, strings and attributes", oneSheet(
    `<row r="1"><c r="A1" t="str"><v>a&amp;b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#20013;&#x6587; &#X41; &foo; & stray &#0; &#xD800; &#1114112; &amp;amp;</v></c>` +
      `<c r="B1"><v>1&#46;5</v></c><c r="C1"><f>IF(A1&lt;&gt;"",1,0)</f><v>1</v></c><c r="D1" t="s"><v>&#49;</v></c>` +
      `<c r="&#69;1"><v>5</v></c><c r="F1" s="&#52;" t="str"><v>indented</v></c></row>`,
    { sharedStrings: ["<si><t>&lt;零&gt;</t></si>", "<si><t>&#x4E00;&amp;</t></si>"], styles: DATE_STYLES },
  ));
  add("line ends: CR LF, lone CR, escaped CR, in every kind of text", oneSheet(
    `<row r="1"><c r="A1" t="str"><v>one\r\ntwo\rthree\nfour&#13;five&#10;</v></c><c r="B1" t="inlineStr"><is><t>a\r\nb</t></is></c>` +
      `<c r="C1" t="s"><v>0</v></c><c r="D1" t="s"><v>1</v></c><c r="E1"><f>A1&amp;"\r\n"</f><v>0</v></c><c r="F1"><v>\r\n5\r\n</v></c></row>`,
    { sharedStrings: ["<si><t>x\r\ny\rz</t></si>", "<si><r><t>p\r\n</t></r><r><t>q&#13;</t></r></si>"] },
  ));
  add("xml:space and white space kept as written", oneSheet(
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve">  lead and trail  </t></is></c>` +
      `<c r="D1" t="inlineStr"><is><t>  no preserve  </t></is></c><c r="E1" t="str"><v>  v  </v></c></row>`,
    { sharedStrings: ["<si><t xml:space=\"preserve\">  kept  </t></si>", "<si><t>  also kept  </t></si>"] },
  ));
  add("rich text runs and phonetic guides", oneSheet(
    `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>粗</t></r><r><t xml:space="preserve"> 细</t></r><rPh sb="0" eb="1"><t>cu</t></rPh></is></c>` +
      `<c r="C1" t="s"><v>1</v></c></row>`,
    { sharedStrings: ["<si><r><rPr><b/><sz val=\"11\"/></rPr><t>红</t></r><r><t>色</t></r><rPh sb=\"0\" eb=\"1\"><t>hong</t></rPh><phoneticPr fontId=\"1\"/></si>", "<si><t>plain</t></si>"] },
  ));
  add("inline strings in every form", oneSheet(
    `<row r="1"><c r="A1" t="inlineStr"><is><t>内联</t></is></c><c r="B1" t="inlineStr"><v>from v</v></c><c r="C1" t="inlineStr"><is/></c>` +
      `<c r="D1" t="inlineStr"><is><t/></is></c><c r="E1" t="inlineStr"/><c r="F1" t="inlineStr"><is><t>a_x000A_b</t></is></c><c r="G1" t="inlineStr"><is><t>x</t><t>y</t></is></c></row>`,
  ));
  add("shared formulas across rows and columns, absolute references, a master met after a stop", oneSheet(
    `<row r="1"><c r="A1"><f t="shared" ref="A1:C3" si="0">B1*$C$1+SUM(A$1:A1)</f><v>1</v></c><c r="B1"><f t="shared" si="0"/><v>2</v></c><c r="C1"><f t="shared" si="1" ref="C1:C3">"q"&amp;A1</f><v>q</v></c></row>` +
      `<row r="2"><c r="A2"><f t="shared" si="0"/><v>3</v></c><c r="B2"><f t="shared" si="0"></f><v>4</v></c><c r="C2"><f t="shared" si="1"/><v>5</v></c></row>` +
      `<row r="3"><c r="A3"><f t="shared" si="0"/><v>6</v></c><c r="B3" t="inlineStr"><is><t>stop</t></is></c><c r="C3"><f t="shared" si="2"/><v>7</v></c><c r="D3"><f t="shared" si="2" ref="D3">A3+1</f><v>8</v></c></row>` +
      `<row r="4"><c r="A4"><f t="array" ref="A4">SUM(A1:A3)</f><v>10</v></c><c r="B4"><f/><v>11</v></c><c r="C4"><f t='shared' si='0'/><v>12</v></c></row>`,
  ));
  add("formulas left out when asked", oneSheet(`<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>`), { formulas: false });
  add("non-ASCII text: CJK, supplementary planes, names", buildXlsx({
    sheets: [
      { name: "表一😀", sheetData: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>𠀀😀中文é</t></is></c><c r="C1" t="str"><v>ü</v></c><c r="D1"><f>"中"&amp;"文"</f><v>0</v></c></row>` },
      { name: "隐藏", state: "veryHidden", sheetData: `<row r="2"><c r="B2" t="s"><v>1</v></c></row>` },
    ],
    sharedStrings: ["城关镇", "😀 emoji"],
  }));
  add("rows and cells without r, out of order, gaps, duplicates", oneSheet(
    `<row><c><v>1</v></c><c t="s"><v>0</v></c></row><row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c><c r="A5"><v>5</v></c></row><row/><row r="3"><c r="B3"><v>6</v></c></row>` +
      `<row r="9" spans="1:2"><c r="B9"><v>7</v></c><c r="B9"><v>8</v></c><c r="b10"><v>9</v></c><c r="A0"><v>10</v></c><c r="AAAA1"><v>11</v></c><c r="XFD11"><v>12</v></c></row>`,
    { sharedStrings: ["s"] },
  ));
  add("shapes the fast row reader leaves to the general scanner", oneSheet(
    `<row r="1"><!-- c --><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v><![CDATA[2]]></v></c><c r="B2"><v>x<!-- y -->z</v></c></row>` +
      `<row r="3"><c r = "A3" t = 's' ><v>0</v></c><c r="B3"><?pi x?><v>3</v></c></row><x:row r="4"><x:c r="A4"><x:v>4</x:v></x:c></x:row>` +
      `<row r="5"><c r="A5" foo:s="1"><v>5</v></c><c r="B5"><extLst/><v>6</v></c><c r="C5" r="D5"><v>7</v></c></row><row r="6"><c r="A6"><v>8</v><v>9</v></c></row>`,
    { sharedStrings: ["s"] },
  ));
  add("merges anywhere, in any case and order, malformed ones left out", oneSheet(
    `<row r="1"><c r="A1"><v>1</v></c></row>`,
    { after: `<mergeCells count="5"><mergeCell ref="A1:B2"/><mergeCell ref="d4:c3"/><mergeCell ref="E5"/><mergeCell ref="bad"/><mergeCell ref="A1:"/><mergeCell ref="&#65;7:B8"/></mergeCells><extLst><mergeCell ref="Z1:Z2"/></extLst>` },
  ));
  add("a worksheet with prefixes, parts skipped unread and a second sheetData", buildXlsx({
    sheets: [{
      name: "Sheet1",
      sheetData: "",
      rawXml:
        `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetViews><x:sheetView><x:selection/></x:sheetView></x:sheetViews>` +
        `<x:cols><x:col min="1" max="2"/></x:cols><x:mergeCells><x:mergeCell ref="A1:A2"/></x:mergeCells><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData>` +
        `<x:dataValidations><x:dataValidation sqref="A1"><x:formula1>&lt;sheetData&gt;</x:formula1></x:dataValidation></x:dataValidations>` +
        `<x:sheetData><x:row r="3"><x:c r="A3"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    }],
    sharedStrings: ["replaced below"],
    extra: { "xl/sharedStrings.xml": `<x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>前缀</x:t></x:si></x:sst>` },
  }));
  add("comments, CDATA and a DOCTYPE before the cells", buildXlsx({
    sheets: [{
      name: "Sheet1",
      sheetData: "",
      rawXml: `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY e "expanded">]><!-- <sheetData><row r="9"><c><v>9</v></c></row></sheetData> --><worksheet><![CDATA[<sheetData>]]><sheetData><row r="1"><c r="A1" t="str"><v>&e;</v></c></row></sheetData></worksheet>`,
    }],
  }));
  add("a worksheet cut off inside a cell", buildXlsx({ sheets: [{ name: "Sheet1", sheetData: "", rawXml: `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>0` }], sharedStrings: ["s"] }));
  add("a worksheet cut off inside a formula", buildXlsx({ sheets: [{ name: "Sheet1", sheetData: "", rawXml: `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>SUM(A1` }] }));
  add("bytes that are not UTF-8", buildXlsx({ sheets: [{ name: "Sheet1", sheetData: "" }], extra: { "xl/worksheets/sheet1.xml": brokenUtf8Sheet() } }));
  add("a UTF-16 worksheet part", buildXlsx({ sheets: [{ name: "Sheet1", sheetData: "" }], extra: { "xl/worksheets/sheet1.xml": utf16Sheet() } }));
  add("a UTF-8 byte-order mark before the declaration", buildXlsx({
    sheets: [{ name: "Sheet1", sheetData: "" }],
    extra: { "xl/worksheets/sheet1.xml": concat([Uint8Array.of(0xef, 0xbb, 0xbf), utf8.encode(worksheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>bom</t></is></c></row>`))]) },
  }));
  add("texts that begin with U+FEFF, which a decoder must not take for a byte-order mark", oneSheet(
    `<row r="1"><c r="A1" t="str"><v>\uFEFFv</v></c><c r="B1" t="inlineStr"><is><t>\uFEFFi</t></is></c><c r="C1" t="s"><v>0</v></c><c r="D1"><v>\uFEFF5</v></c><c r="E1"><f>\uFEFF1</f><v>1</v></c></row>`,
    { sharedStrings: ["\uFEFFs"] },
  ));
  add("shared strings of another shape than one <t> per item", oneSheet(`<row r="1">${cells(["0", "1", "2", "3", "4"], ` t="s"`, 1)}</row>`, {
    sharedStrings: ["<si><t>a</t></si>", "<si/>", "<si><t/></si>", "<si><t>b&amp;c</t><t>d</t></si>", "<si><t xml:space='preserve'> e </t></si>"],
  }));
  add("a long repeated text with many references", oneSheet(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>${"&quot;k&quot;:&#x4E2D;,".repeat(400)}</t></is></c></row>`, {
    sharedStrings: [`<si><t>${"{&quot;key&quot;:&quot;value&amp;more&quot;},".repeat(300)}</t></si>`],
  }));
  add("a text longer than allowed", oneSheet(`<row r="1"><c r="A1" t="str"><v>${"长".repeat(40)}</v></c></row>`), { limits: { maxStringLength: 39 } });
  add("a shared text longer than allowed", oneSheet(`<row r="3"><c r="B3" t="s"><v>0</v></c></row>`, { sharedStrings: ["😀".repeat(20)] }), { limits: { maxStringLength: 39 } });
  add("a text exactly as long as allowed", oneSheet(`<row r="1"><c r="A1" t="str"><v>${"长".repeat(39)}</v></c></row>`), { limits: { maxStringLength: 39 } });
  add("too many rows", oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row><row r="11"><c r="A11"><v>2</v></c></row>`), { limits: { maxRows: 10 } });
  add("too many columns", oneSheet(`<row r="1"><c r="A1"><v>1</v></c><c r="K1"><v>2</v></c></row>`), { limits: { maxColumns: 10 } });
  add("too many cells", oneSheet(`<row r="1">${cells(["1", "2", "3", "4", "5", "6"], "", 1)}</row><row r="3"><c r="A3"><v>1</v></c></row>`), { limits: { maxCells: 7 } });
  add("cells at Excel's last row and column", oneSheet(`<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`), { limits: { maxCells: 20_000_000_000 } });
  add("a style-only grid with no values", oneSheet(`<row r="1"><c r="A1" s="1"/><c r="B1" s="1"></c></row><row r="2" s="1"/>`));
  add("a part too large for the limits", oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row>`), { limits: { maxTotalUncompressedBytes: 200 } });
  add("a sheet part beyond the bytes allowed", oneSheet(Array.from({ length: 200 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("")), { limits: { maxTotalUncompressedBytes: 3000 } });
  add("a workbook without a sheet part", buildXlsx({ sheets: [{ name: "Sheet1", sheetData: "" }], omit: ["xl/worksheets/sheet1.xml"] }));
  add("not a zip", new TextEncoder().encode("just text, not a workbook"));
  add("a zip without a workbook", zipOf({ "readme.txt": "hello" }));
  return cases;
}
