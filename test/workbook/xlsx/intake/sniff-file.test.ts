import { Workbook } from "exceljs";
import { strToU8, zipSync } from "fflate";
import { sniffFile } from "../../../../src/workbook/xlsx/intake";
import { buildXlsx, oneSheet, zipOf } from "../read/_support/xlsx-factory";
import { biffStream, buildCompoundFile } from "./_support/compound-file-factory";

async function excelJsBytes(): Promise<Uint8Array> {
  const book = new Workbook();
  book.addWorksheet("表1").getCell("A1").value = "城关镇";
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("sniffFile", () => {
  it("recognises an .xlsx by its content, whatever its name", async () => {
    const bytes = await excelJsBytes();
    expect(sniffFile(bytes, "城关镇.xlsx")).toBe("xlsx");
    expect(sniffFile(bytes, "城关镇.xls")).toBe("xlsx");
  });

  it("recognises a macro-enabled workbook", () => {
    expect(sniffFile(buildXlsx({ sheets: [{ name: "S", sheetData: "" }], macro: true }), "a.xlsm")).toBe("xlsm");
  });

  it("recognises binary workbooks and OpenDocument spreadsheets", () => {
    expect(sniffFile(zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": new Uint8Array(8) }), "a.xlsx")).toBe("xlsb");
    const ods = zipSync({ mimetype: [strToU8("application/vnd.oasis.opendocument.spreadsheet"), { level: 0 }], "content.xml": strToU8("<office:document-content/>") });
    expect(sniffFile(ods, "a.xlsx")).toBe("ods");
  });

  it("recognises Excel 97-2003 files by their Workbook or Book stream", () => {
    expect(sniffFile(buildCompoundFile([{ name: "Workbook", data: biffStream() }, { name: "\u0005SummaryInformation" }]), "城关镇.xlsx")).toBe("legacy-xls");
    expect(sniffFile(buildCompoundFile([{ name: "Book", data: biffStream({ bof: 0x0809 }) }]), "a.xls")).toBe("legacy-xls");
  });

  it("calls a WPS .et file by its name, its content being the same as .xls", () => {
    expect(sniffFile(buildCompoundFile([{ name: "Workbook", data: biffStream() }]), "城关镇.et")).toBe("et");
  });

  it("recognises BIFF2–4 files that have no OLE container", () => {
    expect(sniffFile(new Uint8Array([0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0, 0]), "old.xls")).toBe("legacy-xls");
  });

  it("recognises password-protected workbooks, new and old", () => {
    expect(sniffFile(buildCompoundFile([{ name: "EncryptionInfo" }, { name: "EncryptedPackage" }, { name: "\u0006DataSpaces" }]), "a.xlsx")).toBe("encrypted");
    expect(sniffFile(buildCompoundFile([{ name: "Workbook", data: biffStream({ encrypted: true }) }]), "a.xls")).toBe("encrypted");
  });

  it("recognises text exported under a workbook's name", () => {
    expect(sniffFile(strToU8("<html><body><table><tr><td>1</td></tr></table></body></html>"), "导出.xlsx")).toBe("html");
    expect(sniffFile(strToU8("\uFEFF  <table border=1><tr><td>城关镇</td></tr></table>"), "导出.xls")).toBe("html");
    expect(sniffFile(strToU8('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'), "a.xls")).toBe("xml-spreadsheet");
    expect(sniffFile(strToU8("序号,指标名称,本期数\n1,口罩,300\n"), "a.xlsx")).toBe("csv");
  });

  it("recognises CSV in the GBK encoding Chinese Excel saves it in", () => {
    const gbk = new Uint8Array([0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0xd6, 0xb8, 0xb1, 0xea, 0x0d, 0x0a, 0x31, 0x2c, 0xbf, 0xda, 0xd5, 0xd6]); // 序号,指标\r\n1,口罩
    expect(sniffFile(gbk, "a.xlsx")).toBe("csv");
  });

  it("tells a zip without a workbook from a cut-off workbook", () => {
    expect(sniffFile(zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }), "a.xlsx")).toBe("zip-other");
    const whole = oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row>`);
    expect(sniffFile(whole.subarray(0, whole.length - 100), "a.xlsx")).toBe("damaged");
  });

  describe("edge cases", () => {
    it("calls 0 bytes empty and random bytes unknown", () => {
      let seed = 7;
      const random = new Uint8Array(2048).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16);
      expect(sniffFile(new Uint8Array(0), "a.xlsx")).toBe("empty");
      expect(sniffFile(random, "a.xlsx")).toBe("unknown");
    });

    it("survives compound files whose chains loop", () => {
      const workbook = { name: "Workbook", data: biffStream() };
      expect(sniffFile(buildCompoundFile([workbook], { cyclicDirectory: true }), "a.xls")).toBe("legacy-xls");
      expect(sniffFile(buildCompoundFile([workbook], { cyclicDifat: true }), "a.xls")).toBe("legacy-xls");
    });

    it("calls a compound file without a workbook stream (a Word .doc) unknown", () => {
      expect(sniffFile(buildCompoundFile([{ name: "WordDocument" }]), "a.xls")).toBe("unknown");
    });

    it("calls a cut-off compound file unknown rather than failing", () => {
      const bytes = buildCompoundFile([{ name: "Workbook", data: biffStream() }]);
      expect(["legacy-xls", "unknown"]).toContain(sniffFile(bytes.subarray(0, 1024), "a.xls"));
      expect(sniffFile(bytes.subarray(0, 100), "a.xls")).toBe("unknown");
    });
  });
});
