import fc from "fast-check";
import { parseSheet as parseSheetBytes, type SheetContext } from "../../../../../src/workbook/xlsx/read/_lib/parse-sheet";
import { DEFAULT_READ_LIMITS } from "../../../../../src/workbook/xlsx/read";
import { parseRange } from "../../../../../src/workbook/xlsx/read/_lib/cell-refs";

const context = (): SheetContext => ({
  sheetName: "表",
  fileName: "单位.xlsx",
  date1904: false,
  limits: DEFAULT_READ_LIMITS,
  sharedStrings: () => ["城关镇", "万元", "合计"],
  dateStyles: () => [false, false, true],
  budget: { cells: 0 },
  signal: undefined,
});

const parseSheet = (xml: string, ctx: SheetContext) => parseSheetBytes(new TextEncoder().encode(xml), ctx);

/** The same sheet with a comment opening every row, which the fast row reader leaves to the general scanner. */
function scannerOnly(xml: string): string {
  return xml.replace(/<row([^>]*?)>/g, (_m, attrs: string) => (attrs.endsWith("/") ? `<row${attrs}><!---->` : `<row${attrs}><!---->`));
}

function sheet(rows: string): string {
  return `<worksheet><sheetData>${rows}</sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
}

describe("parseSheet", () => {
  it("reads rows of the common shape and rows of any other shape alike", () => {
    const rows = [
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>44977</v></c><c r="C1"><f>SUM(A2:A3)</f><v>12.5</v></c></row>`,
      `<row r="2"><c r="A2" t="inlineStr"><is><t>内联</t></is></c><c r="B2"><v>7</v></c></row>`,
      `<row><c><v>1</v></c><c t="b"><v>1</v></c><c t="e"><v>#DIV/0!</v></c><c r="E3" s="1"/></row>`,
      `<row r="5"><c r="A5"><v><![CDATA[42]]></v></c><c r="B5" t="str"><v>a&amp;b_x000D_</v></c></row>`,
      `<row r="6" spans="1:3" x14ac:dyDescent="0.25"><c r="A6"><f t="shared" ref="A6:A7" si="0">B6*2</f><v>2</v></c></row>`,
      `<row r="7"><c r="A7"><f t="shared" si="0"/><v>4</v></c><c r="&#66;7"><v>5</v></c></row>`,
      `<row r="8"/><row r="9">  <c r="A9"> <v/> </c>\n<c r="B9"><v>-3</v></c></row>`,
    ].join("");
    const read = parseSheet(sheet(rows), context());
    expect(read).toEqual(parseSheet(scannerOnly(sheet(rows)), context()));
    expect(read.rows[0]).toEqual(["城关镇", new Date(Date.UTC(2023, 1, 20)), 12.5]);
    expect(read.rows[1]).toEqual(["内联", 7]);
    expect(read.rows[2]).toEqual([1, true, { error: "#DIV/0!" }]);
    expect(read.rows[4]).toEqual([42, "a&b\r"]);
    expect(read.rows[6]).toEqual([4, 5]);
    expect(read.rows[8]).toEqual([null, -3]);
    expect(read.formulas).toEqual({ "0,2": "=SUM(A2:A3)", "5,0": "=B6*2", "6,0": "=B7*2" });
    expect(read.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("gives what the general scanner gives, whatever mix of row shapes a sheet has", () => {
    const value = fc.oneof(
      fc.integer({ min: -1000, max: 100000 }).map((n) => `<v>${n}</v>`),
      fc.constantFrom(`<v>0</v>`, `<v>2</v>`, `<v/>`, `<v> 5 </v>`, `<v>1&#46;5</v>`, `<v><![CDATA[9]]></v>`, `<v>x<!-- c -->y</v>`),
    );
    const cell = fc.record({
      ref: fc.option(fc.tuple(fc.constantFrom("A", "B", "C", "AA"), fc.integer({ min: 1, max: 30 })), { nil: undefined }),
      type: fc.constantFrom(undefined, "s", "str", "b", "n", "inlineStr"),
      style: fc.constantFrom(undefined, 0, 1, 2),
      body: fc.oneof(
        value,
        fc.constant(""),
        fc.constant(`<is><t>文字</t></is>`),
        value.map((v) => `<f>A1+1</f>${v}`),
        value.map((v) => `<f t="shared" si="1" ref="A1:A9">B1</f>${v}`),
        value.map((v) => `<f t="shared" si="1"/>${v}`),
        value.map((v) => `<x:v>1</x:v>${v}`),
      ),
      space: fc.constantFrom("", " ", "\n  "),
    });
    const row = fc.record({ r: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), cells: fc.array(cell, { maxLength: 6 }), empty: fc.boolean() });
    const xmlOf = (rows: Array<{ r?: number; cells: Array<{ ref?: [string, number]; type?: string; style?: number; body: string; space: string }>; empty: boolean }>) =>
      sheet(
        rows
          .map(({ r, cells, empty }) => {
            const rowAttrs = r === undefined ? "" : ` r="${r}"`;
            if (empty && cells.length === 0) return `<row${rowAttrs}/>`;
            const content = cells
              .map(({ ref, type, style, body, space }) => {
                const attrs = `${ref ? ` r="${ref[0]}${ref[1]}"` : ""}${type ? ` t="${type}"` : ""}${style !== undefined ? ` s="${style}"` : ""}`;
                return body === "" ? `${space}<c${attrs}/>` : `${space}<c${attrs}>${body}</c>`;
              })
              .join("");
            return `<row${rowAttrs}>${content}</row>`;
          })
          .join(""),
      );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const xml = xmlOf(rows);
        expect(parseSheet(xml, context())).toEqual(parseSheet(scannerOnly(xml), context()));
      }),
      { numRuns: 1500 },
    );
  });

  describe("edge cases", () => {
    it("reads merged ranges where they stand in the bytes, an escaped one as its text says", () => {
      const refs = ["A1:B1", "C3", "B2:A1", "AA10:AB12", "A1:B2:C3", "A0:B1", "1A:B2", "", "A1:", "&#65;5:B&#54;", "XFD1048576"];
      const xml = `<worksheet><sheetData/><mergeCells>${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}<mergeCell/></mergeCells></worksheet>`;
      const decoded = refs.map((ref) => ref.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))));
      const expected = decoded.map(parseRange).filter((range) => range !== undefined);
      // A form's sheet has a dozen merges and a consolidation reads them in every file: no text made to be encoded again.
      const encode = jest.spyOn(TextEncoder.prototype, "encode");
      const encoded = new TextEncoder().encode(xml);
      encode.mockClear();
      const read = parseSheetBytes(encoded, context());
      const calls = encode.mock.calls.map(([text]) => text);
      encode.mockRestore();
      expect(read.merges).toEqual(expected);
      expect(expected).toContainEqual({ top: 4, left: 0, bottom: 5, right: 1 });
      expect(calls).toEqual(["A5:B6"]);
    });
  });
});
