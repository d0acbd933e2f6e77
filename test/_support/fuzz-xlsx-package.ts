import fc from "fast-check";
import type { CellRange, CellValue, SheetVisibility } from "../../src/core/sheet";
import { cellAddress } from "../../src/core/sheet";
import { buildXlsx, escapeXml } from "../workbook/xlsx/read/_support/xlsx-factory";

/**
 * Random .xlsx packages made by hand, for fuzzing the file reader: the shapes writers other than Excel
 * produce (rows and cells without `r`, inline strings, rich text with phonetic guides, prefixed
 * elements, entities and _xHHHH_ escapes, error cells, formulas with cached values, shared formulas,
 * date styles in both date systems, hidden sheets, reversed merge ranges, huge and negative numbers),
 * with what a correct reader must give for each; and the same packages damaged by junk bytes.
 */

export interface ExpectedSheet {
  name: string;
  visibility: SheetVisibility;
  rows: CellValue[][];
  merges: CellRange[];
  formulas: Record<string, string>;
}

export interface FuzzPackage {
  fileName: string;
  bytes: Uint8Array;
  date1904: boolean;
  /** What the reader must give; absent once junk was spliced in (then only a clean failure is asked for). */
  expected?: ExpectedSheet[];
}

const DAY_MS = 86_400_000;

/** Style indexes of the package's cellXfs: General, built-in date 14, a custom 年月日 date, elapsed [h]:mm, 0.00. */
const STYLES =
  `<numFmts count="3"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="165" formatCode="[h]:mm"/><numFmt numFmtId="166" formatCode="0.00_);[Red]\\(0.00\\)"/></numFmts>` +
  `<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="166" applyNumberFormat="1"/></cellXfs>`;
const DATE_STYLES = new Set([1, 2]);

/** Text as clerks and writers put it in cells: CJK, entities to escape, a line break, spaces kept. */
const textArb = fc.string({ unit: fc.constantFrom(..."城关镇口罩300余万元ABCxyz &<>\"' \n:：（）-#"), minLength: 1, maxLength: 10 });

/** Ways to spell a text in XML: plain escaping, character references, Excel's _xHHHH_ for a character. */
const spellingArb = fc.constantFrom("plain", "charref", "excel");

function spell(text: string, how: string): string {
  if (how === "charref") return [...text].map((c) => (/[\u4e00-\u9fff&<>]/.test(c) ? `&#${c.codePointAt(0)};` : escapeXml(c))).join("");
  if (how === "excel") return [...text].map((c) => (c === "\n" ? "_x000A_" : escapeXml(c))).join("");
  return escapeXml(text);
}

type CellSpec =
  | { t: "number"; value: number; text: string; style: number }
  | { t: "serial"; serial: number; style: number }
  | { t: "shared"; text: string; how: string; rich: boolean }
  | { t: "inline"; text: string; how: string; rich: boolean }
  | { t: "str"; text: string; formula: string }
  | { t: "bool"; value: boolean; text: string }
  | { t: "error"; error: string }
  | { t: "iso"; ms: number }
  | { t: "formula"; value: number; formula: string }
  | { t: "empty" };

const numberArb = fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 1e308, -1e308, 1e-300, 123456789012345680000, 0.1 + 0.2));

const cellArb: fc.Arbitrary<CellSpec> = fc.oneof(
  numberArb.chain((value) =>
    fc.record({ t: fc.constant("number" as const), value: fc.constant(value), text: fc.constantFrom(String(value), value.toExponential(), ` ${value} `), style: fc.constantFrom(0, 3, 4) }),
  ),
  fc.record({ t: fc.constant("serial" as const), serial: fc.tuple(fc.integer({ min: 1, max: 80_000 }), fc.nat(1439)).filter(([d]) => d !== 60).map(([d, m]) => d + m / 1440), style: fc.constantFrom(...DATE_STYLES) }),
  fc.record({ t: fc.constant("shared" as const), text: textArb, how: spellingArb, rich: fc.boolean() }),
  fc.record({ t: fc.constant("inline" as const), text: textArb, how: spellingArb, rich: fc.boolean() }),
  fc.record({ t: fc.constant("str" as const), text: textArb, formula: fc.constantFrom('TEXT(B1,"yyyy-mm-dd")', "A1&B1", "T(C1)") }),
  fc.boolean().chain((value) => fc.record({ t: fc.constant("bool" as const), value: fc.constant(value), text: fc.constant(value ? "1" : "0") })),
  fc.record({ t: fc.constant("error" as const), error: fc.constantFrom("#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!") }),
  fc.record({ t: fc.constant("iso" as const), ms: fc.integer({ min: Date.UTC(1900, 0, 1) / 60000, max: Date.UTC(2100, 0, 1) / 60000 }).map((m) => m * 60000) }),
  fc.record({ t: fc.constant("formula" as const), value: fc.integer({ min: -9999, max: 9999 }), formula: fc.constantFrom("SUM(A1:A3)", "A1/B1", "IFERROR(A1/B1,0)", "'上期'!D5+1") }),
  fc.constant<CellSpec>({ t: "empty" }),
);

/** The value a correct reader gives for a cell (null: nothing placed). */
function valueOf(cell: CellSpec, date1904: boolean): CellValue {
  switch (cell.t) {
    case "number":
      return cell.value === 0 ? 0 : cell.value;
    case "serial": {
      // 1900 system: serials from 61 count from 1899-12-30 (Excel's phantom 29 Feb 1900 is serial 60), below from 1899-12-31.
      const epoch = date1904 ? Date.UTC(1904, 0, 1) : cell.serial >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
      return new Date(epoch + Math.round(cell.serial * DAY_MS));
    }
    case "shared":
    case "inline":
    case "str":
      return cell.text;
    case "bool":
      return cell.value;
    case "error":
      return { error: cell.error };
    case "iso":
      return new Date(cell.ms);
    case "formula":
      return cell.value;
    case "empty":
      return null;
  }
}

function stringItem(text: string, how: string, rich: boolean): string {
  if (!rich) return `<t xml:space="preserve">${spell(text, how)}</t>`;
  // Runs with formatting, and a phonetic guide Excel keeps beside East Asian text but does not show.
  const cut = Math.ceil(text.length / 2);
  return `<r><rPr><b/></rPr><t xml:space="preserve">${spell(text.slice(0, cut), how)}</t></r><r><t xml:space="preserve">${spell(text.slice(cut), how)}</t></r><rPh sb="0" eb="1"><t>チェン</t></rPh>`;
}

const rowArb = fc.record({
  gap: fc.nat(2),
  cells: fc.array(fc.tuple(fc.nat(2), cellArb), { minLength: 1, maxLength: 6 }),
  rowRef: fc.boolean(),
  cellRefs: fc.boolean(),
});

const sheetArb = fc.record({
  name: fc.oneof(fc.constantFrom("Sheet1", "防疫物资", "说明", "上期 (2)", "R&D"), fc.string({ minLength: 1, maxLength: 8 })),
  visibility: fc.constantFrom<SheetVisibility>("visible", "visible", "hidden", "veryHidden"),
  rows: fc.array(rowArb, { maxLength: 8 }),
  merges: fc.array(fc.tuple(fc.nat(9), fc.nat(6), fc.nat(9), fc.nat(6)), { maxLength: 3 }),
  prefixed: fc.boolean(),
});

type SheetSpec = typeof sheetArb extends fc.Arbitrary<infer T> ? T : never;

/** The worksheet part and what reading it must give. */
function sheetPart(spec: SheetSpec, strings: string[], date1904: boolean): { xml: string; expected: ExpectedSheet } {
  const p = spec.prefixed ? "x:" : "";
  const rows: CellValue[][] = [];
  const formulas: Record<string, string> = {};
  const place = (r: number, c: number, value: CellValue) => {
    if (value === null) return;
    while (rows.length <= r) rows.push([]);
    while (rows[r].length < c) rows[r].push(null);
    rows[r][c] = value;
  };
  let xml = "";
  let row = -1;
  for (const spec_ of spec.rows) {
    // A row without r must follow the previous one directly; a cell without r, the previous cell.
    row = spec_.rowRef ? row + 1 + spec_.gap : row + 1;
    let col = -1;
    const cells: string[] = [];
    for (const [gap, cell] of spec_.cells) {
      const withRef = spec_.cellRefs || gap > 0;
      col = withRef ? col + 1 + gap : col + 1;
      const ref = withRef ? ` r="${cellAddress(row, col)}"` : "";
      cells.push(cellXml(p, ref, cell, strings));
      if (cell.t === "str" || cell.t === "formula") formulas[`${row},${col}`] = `=${cell.formula}`;
      if (cell.t === "error") formulas[`${row},${col}`] = "=1/0";
      place(row, col, valueOf(cell, date1904));
    }
    xml += `<${p}row${spec_.rowRef ? ` r="${row + 1}"` : ""}>${cells.join("")}</${p}row>`;
  }
  const merges = spec.merges.map(([r1, c1, r2, c2]) => ({ top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) }));
  const mergeXml = spec.merges.length
    ? `<${p}mergeCells count="${merges.length}">${spec.merges.map(([r1, c1, r2, c2]) => `<${p}mergeCell ref="${cellAddress(r1, c1)}:${cellAddress(r2, c2)}"/>`).join("")}</${p}mergeCells>`
    : "";
  const ns = spec.prefixed ? `xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"` : `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
  const part = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns}><${p}sheetData>${xml}</${p}sheetData>${mergeXml}</${p}worksheet>`;
  return { xml: part, expected: { name: spec.name, visibility: spec.visibility, rows, merges, formulas } };
}

function cellXml(p: string, ref: string, cell: CellSpec, strings: string[]): string {
  switch (cell.t) {
    case "number":
      return `<${p}c${ref}${cell.style ? ` s="${cell.style}"` : ""}><${p}v>${cell.text}</${p}v></${p}c>`;
    case "serial":
      return `<${p}c${ref} s="${cell.style}"><${p}v>${cell.serial}</${p}v></${p}c>`;
    case "shared":
      strings.push(`<si>${stringItem(cell.text, cell.how, cell.rich)}</si>`);
      return `<${p}c${ref} t="s"><${p}v>${strings.length - 1}</${p}v></${p}c>`;
    case "inline":
      return `<${p}c${ref} t="inlineStr"><${p}is>${stringItem(cell.text, cell.how, cell.rich).replace(/<(\/?)(r|rPr|b|t|rPh)\b/g, `<$1${p}$2`)}</${p}is></${p}c>`;
    case "str":
      return `<${p}c${ref} t="str"><${p}f>${escapeXml(cell.formula)}</${p}f><${p}v>${escapeXml(cell.text)}</${p}v></${p}c>`;
    case "bool":
      return `<${p}c${ref} t="b"><${p}v>${cell.text}</${p}v></${p}c>`;
    case "error":
      return `<${p}c${ref} t="e"><${p}f>1/0</${p}f><${p}v>${cell.error}</${p}v></${p}c>`;
    case "iso":
      return `<${p}c${ref} t="d"><${p}v>${new Date(cell.ms).toISOString().replace(/\.000Z$/, "")}</${p}v></${p}c>`;
    case "formula":
      return `<${p}c${ref}><${p}f>${escapeXml(cell.formula)}</${p}f><${p}v>${cell.value}</${p}v></${p}c>`;
    case "empty":
      return `<${p}c${ref} s="4"/>`;
  }
}

/** Ways a package is damaged in transit or by a careless tool. */
const junkArb = fc.oneof(
  fc.record({ kind: fc.constant("overwrite" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.constant(new Uint8Array()) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant("flip" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
);

export type Junk = typeof junkArb extends fc.Arbitrary<infer T> ? T : never;

export function damage(bytes: Uint8Array, junk: Junk): Uint8Array {
  const at = Math.min(bytes.length, Math.floor(junk.at * bytes.length));
  switch (junk.kind) {
    case "overwrite": {
      const out = bytes.slice();
      out.set(junk.bytes.subarray(0, out.length - at), at);
      return out;
    }
    case "truncate":
      return bytes.slice(0, at);
    case "insert":
      return new Uint8Array([...bytes.subarray(0, at), ...junk.bytes, ...bytes.subarray(at)]);
    case "flip": {
      const out = bytes.slice();
      junk.bytes.forEach((b, i) => {
        if (at + i < out.length) out[at + i] ^= b | 1;
      });
      return out;
    }
  }
}

/** XML made wrong in the ways hand-edited or cut-off parts are: a tag cut in half, stray markup, a DOCTYPE. */
const xmlJunkArb = fc.constantFrom(
  (xml: string) => xml.slice(0, Math.floor(xml.length / 2)),
  (xml: string) => xml.replace("<sheetData>", '<!DOCTYPE x [<!ENTITY e "&e;&e;">]><sheetData>&e;'),
  (xml: string) => xml.replace(/<v>/, "<v><![CDATA[12"),
  (xml: string) => xml.replace(/<\/row>/, "<row r=\"0\"><c r=\"XFE1048577\"><v>1</v></c></row></row>"),
  (xml: string) => xml.replace(/<c /, "<c r=\"A\" t=\"s\" "),
  (xml: string) => xml.replace(/<\/sheetData>/, "<c><v>7</v><c><f t=\"shared\" si=\"9\"/></c></sheetData>"),
  (xml: string) => `${xml}<c r="ZZZZ99999999"><v>1e999</v></c>`,
  (xml: string) => xml.replace(/"/g, "'").replace(/<\/x?:?worksheet>/, ""),
);

const packageArb = fc.record({
  sheets: fc.array(sheetArb, { minLength: 1, maxLength: 3 }),
  date1904: fc.boolean(),
  fileName: fc.constantFrom("城关镇.xlsx", "东城 街道(2).xlsx", "report.xlsm"),
});

/** A valid package and what reading it must give. */
export const cleanPackageArb: fc.Arbitrary<FuzzPackage> = packageArb.map(({ sheets, date1904, fileName }) => {
  const strings: string[] = [];
  // Sheet names are unique in a workbook (case-insensitively): the later ones get a suffix.
  const seen = new Set<string>();
  const unique = sheets.map((s, i) => {
    const name = seen.has(s.name.toLowerCase()) ? `${s.name}${i}` : s.name;
    seen.add(name.toLowerCase());
    return { ...s, name };
  });
  const parts = unique.map((s) => sheetPart(s, strings, date1904));
  const bytes = buildXlsx({
    sheets: parts.map((part, i) => ({ name: unique[i].name, ...(unique[i].visibility !== "visible" ? { state: unique[i].visibility as "hidden" | "veryHidden" } : {}), sheetData: "", rawXml: part.xml })),
    sharedStrings: strings,
    styles: STYLES,
    date1904,
  });
  return { fileName, bytes, date1904, expected: parts.map((p) => p.expected) };
});

/** A package damaged by junk bytes or broken XML: only a clean failure (or values) is asked for. */
export const damagedPackageArb: fc.Arbitrary<FuzzPackage> = fc.oneof(
  fc.tuple(cleanPackageArb, junkArb).map(([pkg, junk]) => ({ fileName: pkg.fileName, bytes: damage(pkg.bytes, junk), date1904: pkg.date1904 })),
  fc.tuple(packageArb, xmlJunkArb).map(([spec, mangle]) => {
    const strings: string[] = [];
    const parts = spec.sheets.map((s, i) => ({ ...sheetPart(s, strings, spec.date1904), name: `${s.name}${i}` }));
    const bytes = buildXlsx({ sheets: parts.map((p) => ({ name: p.name, sheetData: "", rawXml: mangle(p.xml) })), sharedStrings: strings.map((s) => mangle(s)), styles: STYLES, date1904: spec.date1904 });
    return { fileName: spec.fileName, bytes, date1904: spec.date1904 };
  }),
);
