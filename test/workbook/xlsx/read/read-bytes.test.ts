import fc from "fast-check";
import { readFileSync } from "fs";
import path from "path";
import { nativeInflater } from "../../../../src/cli/_lib/native-inflater";
import { inflateZipEntry, openZipArchive, readWorkbookValues } from "../../../../src/workbook/xlsx/read";
import { plainDecimalAt, sharedIndexAt } from "../../../../src/workbook/xlsx/read/_lib/plain-number";
import { parseSharedStrings } from "../../../../src/workbook/xlsx/read/_lib/parse-shared-strings";
import { buildXlsx, oneSheet } from "./_support/xlsx-factory";
import { retainedHeap } from "../../../_support/retained-heap";

/**
 * The reader works on the XML's bytes and decodes only the texts values need: these pin the places
 * where that could part from reading the decoded text (numbers, indexes, texts cut out of a part,
 * long shared strings found again by their bytes) and that the worksheet is indeed never decoded whole.
 */
const utf8 = new TextEncoder();
const values = (bytes: Uint8Array) => readWorkbookValues(bytes, { fileName: "单位.xlsx" }).sheets[0].rows;
const LEDGER = path.resolve(__dirname, "../../../fixtures/read-equivalence/ledger-300-rows.xlsx");

describe("numbers read from bytes", () => {
  it("are the very doubles Number() gives for the same text, or NaN where the text must be parsed", () => {
    const decimal = fc
      .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{0,18}$/), fc.option(fc.stringMatching(/^[0-9]{0,18}$/), { nil: undefined }))
      .map(([minus, whole, fraction]) => `${minus ? "-" : ""}${whole}${fraction === undefined ? "" : `.${fraction}`}`);
    fc.assert(
      fc.property(decimal, (text) => {
        const read = plainDecimalAt(utf8.encode(text), 0, text.length);
        if (!Number.isNaN(read)) expect(Object.is(read, Number(text))).toBe(true);
        // Up to 15 digits every decimal is read in place; only longer ones go the way of Number().
        if (/\d/.test(text) && text.replace(/\D/g, "").length <= 15) expect(Number.isNaN(read)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("leave every shape Number() reads otherwise to Number()", () => {
    for (const text of ["", "-", ".", "1e3", "+5", " 5", "5 ", "0x10", "1_0", "Infinity", "1.2.3", "--1", "1234567890123456"]) {
      expect([text, plainDecimalAt(utf8.encode(text), 0, text.length)]).toEqual([text, NaN]);
    }
    // Where an inexact method would drift: 0.1 + 0.2 written out, and fractions of fifteen digits.
    expect(plainDecimalAt(utf8.encode("0.30000000000000004"), 0, 19)).toBeNaN();
    expect(plainDecimalAt(utf8.encode("0.3"), 0, 3)).toBe(0.3);
    expect(plainDecimalAt(utf8.encode("1.23456789012345"), 0, 16)).toBe(1.23456789012345);
    expect(plainDecimalAt(utf8.encode("999999999999999"), 0, 15)).toBe(999999999999999);
    expect(Object.is(plainDecimalAt(utf8.encode("-0.0"), 0, 4), -0)).toBe(true);
  });

  it("take a shared-string index only in the form the text reading takes it, and the cell reads the same either way", () => {
    for (const [text, index] of [["0", 0], ["7", 7], ["1234567890", 1234567890], ["00", NaN], ["01", NaN], ["12345678901", NaN], [" 1", NaN], ["1.0", NaN], ["-1", NaN]] as const) {
      expect([text, sharedIndexAt(utf8.encode(text), 0, text.length)]).toEqual([text, index]);
    }
    const row = values(oneSheet(`<row r="1">${["0", "01", "00", " 2 ", "2.0", "3"].map((v, i) => `<c r="${"ABCDEF"[i]}1" t="s"><v>${v}</v></c>`).join("")}</row>`, { sharedStrings: ["零", "一", "二", "三"] }))[0];
    expect(row).toEqual(["零", "一", null, "二", null, "三"]);
  });
});

describe("texts cut out of a part", () => {
  it("decode as the whole part would: multi-byte characters, broken bytes, and a leading U+FEFF kept", () => {
    const long = "长文本".repeat(10);
    const head = utf8.encode(`<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>\uFEFF${long}</v></c><c r="B1" t="str"><v>\uFEFF短</v></c><c r="C1" t="inlineStr"><is><t>😀${long}</t></is></c><c r="D1" t="str"><v>a`);
    const tail = utf8.encode(`</v></c></row></sheetData></worksheet>`);
    // A lone continuation byte after "a": a decoder gives U+FFFD for it, whole part or cut-out text alike.
    const broken = new Uint8Array([...head, 0x80, ...tail]);
    const read = values(buildXlsx({ sheets: [{ name: "S", sheetData: "" }], extra: { "xl/worksheets/sheet1.xml": broken } }));
    expect(read[0]).toEqual([`\uFEFF${long}`, "\uFEFF短", `😀${long}`, "a\uFFFD"]);
  });

  it("normalize line ends and decode references only where the bytes hold them", () => {
    const row = values(oneSheet(`<row r="1"><c r="A1" t="str"><v>a\r\nb\rc&#13;d&amp;lt;</v></c><c r="B1"><v>1&#48;</v></c><c r="C1" t="str"><v>plain &amp text</v></c></row>`))[0];
    expect(row).toEqual(["a\nb\nc\rd&lt;", 10, "plain &amp text"]);
  });
});

describe("long shared strings, found again by their bytes", () => {
  const long = (middle: string) => `{"template":"${"x".repeat(1500)}${middle}${"y".repeat(1500)}"}`;

  it("give each workbook its own text, even one differing from a text seen before only in the middle", () => {
    const first = parseSharedStrings(utf8.encode(sst([`<si><t>前</t></si>`, `<si><t>${long("A")}</t></si>`, `<si><t>后</t></si>`])));
    const second = parseSharedStrings(utf8.encode(sst([`<si><t>前</t></si>`, `<si><t>${long("B")}</t></si>`, `<si><t xml:space="preserve"> 后 </t></si>`])));
    const again = parseSharedStrings(utf8.encode(sst([`<si><t>${long("A")}</t></si>`])));
    expect(first).toEqual(["前", long("A"), "后"]);
    expect(second).toEqual(["前", long("B"), " 后 "]);
    expect(again).toEqual([long("A")]);
  });

  it("keep their order among short ones, decode their references, and leave another shape to the scanner", () => {
    const escaped = long("&quot;&amp;&#x4E2D;").replace(/"/g, "&quot;");
    expect(parseSharedStrings(utf8.encode(sst(["<si><t>a</t></si>", `<si><t>${escaped}</t></si>`, "<si><t>b</t></si>", `<si><t>${escaped}</t></si>`]))))
      .toEqual(["a", long(`"&中`), "b", long(`"&中`)]);
    // A rich-text item with a long run: not the common shape, so the whole part is read by the scanner.
    expect(parseSharedStrings(utf8.encode(sst(["<si><t>a</t></si>", `<si><r><t>${long("R")}</t></r><r><t>!</t></r></si>`])))).toEqual(["a", `${long("R")}!`]);
  });

  function sst(items: string[]): string {
    return `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.join("")}</sst>`;
  }
});

describe("shared strings a consolidation keeps", () => {
  it("do not keep the decoded part alive: one text of 20,000 kept holds its own few bytes, not the part's megabyte", () => {
    // 20,000 items of 25 characters, as a ledger's texts: the part decodes to about 1.6 MB (two bytes a character).
    const items = Array.from({ length: 20000 }, (_, i) => `<si><t>第${i}项内容：整改措施已落实到位并建档</t></si>`);
    const part = utf8.encode(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.join("")}</sst>`);
    expect(parseSharedStrings(part)[12345]).toBe("第12345项内容：整改措施已落实到位并建档");
    // A slice of the decoded part would keep all of it: 1.6 MB.
    expect(retainedHeap(() => parseSharedStrings(part)[12345])).toBeLessThan(200_000);
  });
});

describe("edge cases of the count a shared-strings part states", () => {
  const part = (uniqueCount: string, items: string[]) =>
    utf8.encode(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="9" uniqueCount="${uniqueCount}">${items.join("")}</sst>`);
  const items = ["<si><t>甲</t></si>", "<si><t>第一项内容：整改措施已落实</t></si>", "<si><t>丙</t></si>"];

  it("reads the items the part holds, whether it states as many, fewer, more, far more or nonsense", () => {
    for (const count of ["3", "1", "5", "999999999", "x"]) {
      const read = parseSharedStrings(part(count, items));
      expect(read).toEqual(["甲", "第一项内容：整改措施已落实", "丙"]);
      expect(Object.keys(read)).toEqual(["0", "1", "2"]);
    }
  });

  it("leaves a part of no items of the common shape to the scanner", () => {
    expect(parseSharedStrings(part("2", []))).toEqual([]);
    expect(parseSharedStrings(part("2", ["<si/>", "<si><t>乙</t></si>"]))).toEqual(["", "乙"]);
  });
});

describe("reading a worksheet", () => {
  it("decodes only the texts of its values, never the part whole (counted in bytes given to the decoder)", () => {
    const bytes = new Uint8Array(readFileSync(LEDGER));
    const archive = openZipArchive(bytes, { maxEntries: 100 });
    if (!archive.ok) throw new Error("not a zip");
    const size = (name: string) => archive.archive.find(name)!.size;
    const original = TextDecoder.prototype.decode;
    let decoded = 0;
    const decode = jest.spyOn(TextDecoder.prototype, "decode").mockImplementation(function (this: TextDecoder, input?: AllowSharedBufferSource) {
      decoded += input?.byteLength ?? 0;
      return original.call(this, input);
    });
    try {
      const sheets = readWorkbookValues(bytes, { fileName: "台账.xlsx" }).sheets;
      expect(sheets[0].rows.length).toBeGreaterThan(300);
    } finally {
      decode.mockRestore();
    }
    // The shared strings are decoded (they are all text); of the 147 KB worksheet, only what is not a number.
    expect(decoded).toBeLessThan(size("xl/sharedStrings.xml") + size("xl/worksheets/sheet1.xml") / 10);
  });

  it("reads the same through Node's zlib (Buffers) as through fflate", () => {
    const bytes = new Uint8Array(readFileSync(LEDGER));
    expect(readWorkbookValues(bytes, { inflater: nativeInflater })).toEqual(readWorkbookValues(bytes));
    const archive = openZipArchive(bytes, { maxEntries: 100 });
    if (!archive.ok) throw new Error("not a zip");
    const part = inflateZipEntry(bytes, archive.archive.find("xl/worksheets/sheet1.xml")!, 1 << 24, nativeInflater);
    expect(part.ok && Buffer.isBuffer(part.data)).toBe(true);
  });
});
