import { deflateSync, strToU8, unzipSync } from "fflate";
import { WorkbookError } from "../../../../src/workbook/workbook-error";
import { DEFAULT_READ_LIMITS, readWorkbookValues } from "../../../../src/workbook/xlsx/read";
import type { ReadWorkbookOptions } from "../../../../src/workbook/xlsx/read";
import { buildXlsx, oneSheet } from "./_support/xlsx-factory";
import { deflateBomb, setDeclaredSize, zipWithRawEntry } from "./_support/zip-surgery";

function readError(bytes: Uint8Array, options: ReadWorkbookOptions = {}): WorkbookError {
  try {
    readWorkbookValues(bytes, { fileName: "城关镇.xlsx", ...options });
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error("expected a WorkbookError");
}

/** A workbook whose only sheet part is the given deflate data under a declared size. */
function workbookWithRawSheet(deflated: Uint8Array, declared: number): Uint8Array {
  const base = buildXlsx({ sheets: [{ name: "S", sheetData: "" }], omit: ["xl/worksheets/sheet1.xml"] });
  const others = Object.entries(unzipSync(base)).map(([name, data]) => ({ name, data }));
  return zipWithRawEntry("xl/worksheets/sheet1.xml", deflated, declared, others);
}

/** A sheet part that is a deflate bomb: `inflated` bytes of zeros under a `declared` size. */
const bombWorkbook = (inflated: number, declared: number): Uint8Array => workbookWithRawSheet(deflateBomb(inflated), declared);

describe("readWorkbookValues limits", () => {
  it("has defaults that fit unit workbooks and Excel's own bounds", () => {
    expect(DEFAULT_READ_LIMITS).toMatchObject({ maxRows: 1_048_576, maxColumns: 16_384, maxStringLength: 32_767, maxFileBytes: 50 * 1024 * 1024 });
  });

  it("refuses a file larger than the limit before looking inside, naming the file and its size", () => {
    const error = readError(oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row>`), { limits: { maxFileBytes: 100 } });
    expect(error.code).toBe("file-too-large");
    expect(error.message).toMatch(/城关镇\.xlsx.*MB/);
  });

  it("refuses a 300 MB zip bomb from its declared size, without inflating it", () => {
    const bytes = bombWorkbook(300 * 1024 * 1024, 300 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(3 * 1024 * 1024);
    const started = Date.now();
    const error = readError(bytes);
    expect(Date.now() - started).toBeLessThan(500);
    expect(error.code).toBe("file-too-large");
    expect(error.message).toContain("解压后的内容超过 200 MB");
  });

  it("catches a zip bomb whose directory understates its size while inflating, without allocating it", () => {
    const bytes = bombWorkbook(300 * 1024 * 1024, 1024);
    const before = process.memoryUsage().arrayBuffers;
    const started = Date.now();
    const error = readError(bytes);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
    expect(error.code).toBe("file-unreadable");
    expect(error.detail.reason).toContain("exceeds-declared-size");
    expect(error.message).toContain("已损坏");
  });

  it("catches an understated size in a small part too (inflated in one step)", () => {
    const xml = `<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>${"<row/>".repeat(5000)}</sheetData></worksheet>`;
    const honest = buildXlsx({ sheets: [{ name: "S", sheetData: "", rawXml: xml }] });
    expect(readWorkbookValues(honest).sheets[0].rows).toEqual([[1]]);
    expect(readError(setDeclaredSize(honest, "xl/worksheets/sheet1.xml", 100)).detail.reason).toContain("exceeds-declared-size");
  });

  it("refuses a part with an abnormal compression ratio", () => {
    const error = readError(workbookWithRawSheet(deflateSync(new Uint8Array(4 * 1024 * 1024)), 4 * 1024 * 1024));
    expect(error.code).toBe("file-too-large");
    expect(error.message).toContain("压缩比异常");
  });

  it("refuses a text longer than Excel's cell limit, naming the sheet and the cell", () => {
    const long = "字".repeat(32_768);
    const error = readError(oneSheet(`<row r="3"><c r="B3" t="s"><v>0</v></c></row>`, { sharedStrings: [long] }));
    expect(error.code).toBe("file-too-large");
    expect(error.message).toMatch(/城关镇\.xlsx.*“Sheet1”.*B3.*32768.*32767/);
  });

  it("accepts a text of exactly Excel's cell limit", () => {
    const longest = "字".repeat(32_767);
    expect(readWorkbookValues(oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${longest}</t></is></c></row>`)).sheets[0].rows[0][0]).toBe(longest);
  });

  it("counts the cells a far-away value would allocate against the cell limit", () => {
    const error = readError(oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row><row r="900"><c r="Z900"><v>1</v></c></row>`), { limits: { maxCells: 500 } });
    expect(error.code).toBe("file-too-large");
    expect(error.message).toContain("500");
  });

  it("refuses rows and columns beyond the limits, but not style-only rows beyond them", () => {
    expect(readError(oneSheet(`<row r="11"><c r="A11"><v>1</v></c></row>`), { limits: { maxRows: 10 } }).message).toContain("超过 10 行");
    expect(readError(oneSheet(`<row r="1"><c r="K1"><v>1</v></c></row>`), { limits: { maxColumns: 10 } }).message).toContain("K1");
    expect(readWorkbookValues(oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row><row r="500" s="3" customFormat="1"><c r="ZZ500" s="3"/></row>`), { limits: { maxRows: 10, maxColumns: 10 } }).sheets[0].rows).toEqual([[1]]);
  });

  describe("edge cases", () => {
    it("reports a truncated file as damaged", () => {
      const whole = oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row>`);
      const error = readError(whole.subarray(0, Math.floor(whole.length * 0.7)));
      expect(error.code).toBe("file-unreadable");
      expect(error.message).toContain("城关镇.xlsx");
    });

    it("reports corrupt compressed data as damaged", () => {
      const whole = oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row>`.repeat(50));
      const name = strToU8("xl/worksheets/sheet1.xml");
      const at = indexOf(whole, name);
      const broken = whole.slice();
      for (let i = at + name.length; i < at + name.length + 40; i++) broken[i] ^= 0xff;
      expect(readError(broken).code).toBe("file-unreadable");
    });

    it("reports random bytes as not a workbook", () => {
      let seed = 42;
      const random = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
      expect(readError(random).code).toBe("not-a-workbook");
    });

    it("reports an empty file as not a workbook", () => {
      expect(readError(new Uint8Array(0)).code).toBe("not-a-workbook");
    });
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
