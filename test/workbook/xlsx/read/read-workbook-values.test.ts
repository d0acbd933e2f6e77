import { Workbook } from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { WorkbookError } from "../../../../src/workbook/workbook-error";
import { readWorkbookValues } from "../../../../src/workbook/xlsx/read";
import { readWithExcelJs } from "./_support/exceljs-values";
import { buildXlsx, oneSheet, worksheetXml, zipOf } from "./_support/xlsx-factory";

/** A unit's indicator table as a clerk fills it, written by ExcelJS (the way Excel-like writers do it). */
async function unitWorkbookBytes(): Promise<Uint8Array> {
  const book = new Workbook();
  const ws = book.addWorksheet("防疫物资");
  ws.addRow(["防疫物资保障统计表"]);
  ws.mergeCells("A1:G1");
  ws.addRow(["填报单位：", "城关镇", null, "报告期：", "2023年2月20日24时"]);
  ws.addRow(["序号", "指标名称", "计量单位", "本期数", "累计数", "上年同期", "备注"]);
  for (let i = 0; i < 12; i++) ws.addRow([i + 1, `指标${i}`, i % 2 ? "万元" : "个", i * 1.25 - 3, 1000 + i, i % 3 ? i : null, i % 4 ? null : " 含已收货未支付款项 "]);
  ws.getCell("D16").value = { formula: "SUM(D4:D15)", result: 46.5 };
  ws.getCell("E16").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("F16").value = { richText: [{ text: "约" }, { text: "300", font: { bold: true } }, { text: "人" }] };
  ws.getCell("G16").value = true;
  ws.getCell("B17").value = new Date(Date.UTC(2023, 1, 21));
  ws.getCell("B17").numFmt = 'yyyy"年"m"月"d"日"';
  ws.getCell("C17").value = new Date(Date.UTC(2023, 1, 20, 18, 30));
  ws.getCell("C17").numFmt = "yyyy-mm-dd hh:mm";
  ws.getCell("D17").value = "第一行\n第二行";
  ws.getCell("E17").value = 0.125;
  ws.getCell("E17").numFmt = "0.0%";
  ws.getCell("F17").value = -1234.5;
  ws.getCell("F17").numFmt = "#,##0.00;[Red]-#,##0.00";
  ws.mergeCells("A18:C19");
  ws.getCell("A18").value = "单位负责人：张三";
  const hidden = book.addWorksheet("说明", { state: "hidden" });
  hidden.getCell("A1").value = "隐藏的说明";
  const meta = book.addWorksheet("__meta", { state: "veryHidden" });
  meta.getCell("B2").value = '{"templateId":"supplies"}';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("readWorkbookValues", () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await unitWorkbookBytes();
  });

  it("reads every value the way ExcelJS reads the same file", async () => {
    const mine = readWorkbookValues(bytes);
    const theirs = await readWithExcelJs(bytes);
    expect(mine.sheets.map((s) => s.name)).toEqual(theirs.map((s) => s.name));
    for (const [i, sheet] of theirs.entries()) {
      expect(mine.sheets[i].rows).toEqual(sheet.rows);
      expect(mine.sheets[i].formulas ?? {}).toEqual(sheet.formulas);
    }
  });

  it("keeps dates as UTC calendar dates and error values apart from text", () => {
    const [sheet] = readWorkbookValues(bytes).sheets;
    expect(sheet.rows[16][1]).toEqual(new Date("2023-02-21T00:00:00Z"));
    expect(sheet.rows[16][2]).toEqual(new Date("2023-02-20T18:30:00Z"));
    expect(sheet.rows[15][4]).toEqual({ error: "#DIV/0!" });
    expect(sheet.rows[16][4]).toBe(0.125);
    expect(sheet.rows[16][5]).toBe(-1234.5);
    expect(sheet.rows[3][6]).toBe(" 含已收货未支付款项 ");
  });

  it("lists the merged ranges of a sheet", () => {
    const [sheet] = readWorkbookValues(bytes).sheets;
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 0, right: 6 },
        { top: 17, left: 0, bottom: 18, right: 2 },
      ]),
    );
    expect(sheet.merges).toHaveLength(2);
  });

  it("reports the tab order, hidden and very hidden sheets included", () => {
    const values = readWorkbookValues(bytes);
    expect(values.sheetNames).toEqual(["防疫物资", "说明", "__meta"]);
    expect(values.sheets.map((s) => s.visibility)).toEqual(["visible", "hidden", "veryHidden"]);
    expect(values.date1904).toBe(false);
  });

  it("reads only the sheets asked for, leaving out names the workbook lacks", () => {
    const values = readWorkbookValues(bytes, { sheets: ["__meta", "不存在"] });
    expect(values.sheets.map((s) => s.name)).toEqual(["__meta"]);
    expect(values.sheetNames).toHaveLength(3);
    expect(values.sheets[0].rows).toEqual([[], [null, '{"templateId":"supplies"}']]);
  });

  it("leaves formula text out when asked to", () => {
    const [sheet] = readWorkbookValues(bytes, { formulas: false }).sheets;
    expect(sheet.formulas).toBeUndefined();
    expect(sheet.rows[15][3]).toBe(46.5);
  });

  it("places cells of rows and cells without an r attribute by counting positions", () => {
    const xlsx = oneSheet(
      `<row><c t="inlineStr"><is><t>A1</t></is></c><c><v>2</v></c></row>` +
        `<row r="4"><c><v>41</v></c><c r="C4"><v>43</v></c><c><v>44</v></c></row>` +
        `<row><c r="B5"><v>52</v></c></row>`,
    );
    expect(readWorkbookValues(xlsx).sheets[0].rows).toEqual([["A1", 2], [], [], [41, null, 43, 44], [null, 52]]);
  });

  it("reads inline strings and rich text, leaving phonetic guides out", () => {
    const xlsx = oneSheet(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><t>城关</t></r><r><rPr><b/></rPr><t>镇</t></r><rPh sb="0" eb="2"><t>chengguan</t></rPh></is></c></row>`, {
      sharedStrings: ["<si><r><t>约</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">300 </t></r><r><t>人</t></r></si>", "<si><t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>カンジ</t></rPh><phoneticPr fontId=\"1\"/></si>"],
    });
    expect(readWorkbookValues(xlsx).sheets[0].rows).toEqual([["约300 人", "漢字", "城关镇"]]);
  });

  it("shifts the relative references of shared formulas and keeps absolute ones", () => {
    const xlsx = oneSheet(
      `<row r="2"><c r="D2"><f t="shared" ref="D2:E4" si="0">B2*$C$1+SUM(B$2:C2)&amp;"B2"</f><v>1</v></c><c r="E2"><f t="shared" si="0"/><v>2</v></c></row>` +
        `<row r="4"><c r="D4"><f t="shared" si="0"/><v>3</v></c></row>`,
    );
    expect(readWorkbookValues(xlsx).sheets[0].formulas).toEqual({
      "1,3": '=B2*$C$1+SUM(B$2:C2)&"B2"',
      "1,4": '=C2*$C$1+SUM(C$2:D2)&"B2"',
      "3,3": '=B4*$C$1+SUM(B$2:C4)&"B2"',
    });
  });

  it("turns error cells into error values and booleans into booleans", () => {
    const xlsx = oneSheet(`<row r="1"><c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C1" t="b"><v>0</v></c><c r="D1" t="str"><v>#N/A</v></c></row>`);
    expect(readWorkbookValues(xlsx).sheets[0].rows[0]).toEqual([{ error: "#N/A" }, { error: "#DIV/0!" }, false, "#N/A"]);
  });

  it("converts serials of the 1904 date system", () => {
    const styles = `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>`;
    const xlsx = oneSheet(`<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43882</v></c><c r="C1"><v>43882</v></c></row>`, { styles, date1904: true });
    const values = readWorkbookValues(xlsx);
    expect(values.date1904).toBe(true);
    expect(values.sheets[0].rows[0]).toEqual([new Date("1904-01-01T00:00:00Z"), new Date("2024-02-22T00:00:00Z"), 43882]);
  });

  it("knows Excel's 29 February 1900 does not exist: serial 60 stays a number, 61 is 1 March", () => {
    const styles = `<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>`;
    const cells = [1, 59, 60, 61, 45000.75].map((v, i) => `<c r="${String.fromCharCode(65 + i)}1" s="1"><v>${v}</v></c>`).join("");
    const [row] = readWorkbookValues(oneSheet(`<row r="1">${cells}</row>`, { styles })).sheets[0].rows;
    expect(row).toEqual([new Date("1900-01-01T00:00:00Z"), new Date("1900-02-28T00:00:00Z"), 60, new Date("1900-03-01T00:00:00Z"), new Date("2023-03-15T18:00:00Z")]);
  });

  it("tells date formats from others by their tokens outside quotes and brackets", () => {
    const formats = ['yyyy"年"m"月"d"日"', "[Red]0.00", "0.00", '#,##0"元"', "[$-804]yyyy/m/d", "[h]:mm", "h:mm AM/PM", '"day" 0', "0\\d", "[DBNum1][$-804]m月d日"];
    const styles =
      `<numFmts count="${formats.length}">${formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${f.replace(/"/g, "&quot;")}"/>`).join("")}</numFmts>` +
      `<cellXfs count="${formats.length + 1}"><xf numFmtId="0"/>${formats.map((_f, i) => `<xf numFmtId="${164 + i}"/>`).join("")}</cellXfs>`;
    const cells = formats.map((_f, i) => `<c r="${String.fromCharCode(65 + i)}1" s="${i + 1}"><v>45000</v></c>`).join("");
    const [row] = readWorkbookValues(oneSheet(`<row r="1">${cells}</row>`, { styles })).sheets[0].rows;
    expect(row.map((v) => v instanceof Date)).toEqual([true, false, false, false, true, false, true, false, false, true]);
  });

  it("reads t=\"d\" cells as ISO dates at UTC", () => {
    const xlsx = oneSheet(`<row r="1"><c r="A1" t="d"><v>2024-02-20T08:30:00</v></c><c r="B1" t="d"><v>2024-02-20</v></c><c r="C1" t="d"><v>昨天</v></c></row>`);
    expect(readWorkbookValues(xlsx).sheets[0].rows[0]).toEqual([new Date("2024-02-20T08:30:00Z"), new Date("2024-02-20T00:00:00Z"), "昨天"]);
  });

  it("decodes entities, character references and Excel's _xHHHH_ escapes", () => {
    const xlsx = oneSheet(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>&#x4E2D;&#25991;&lt;&amp;&gt;</t></is></c></row>`, {
      sharedStrings: ["<si><t>第一行_x000D_\n第二行 _x005F_x000D_</t></si>"],
    });
    expect(readWorkbookValues(xlsx).sheets[0].rows[0]).toEqual(["第一行\r\n第二行 _x000D_", "中文<&>"]);
  });

  it("reads elements written with a namespace prefix, as the .NET Open XML SDK does", () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>前缀</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`;
    const [sheet] = readWorkbookValues(buildXlsx({ sheets: [{ name: "S", sheetData: "", rawXml: xml }] })).sheets;
    expect(sheet.rows).toEqual([["前缀", 7]]);
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("skips a sheet's formatting parts unread, and still reads merges wherever they stand", () => {
    const validations = `<dataValidations count="2"><dataValidation type="whole" prompt="&lt;c r=&quot;Z9&quot;&gt;" sqref="B1"><formula1>0</formula1></dataValidation><x14:dataValidation/></dataValidations>`;
    const before = `<sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="1" max="2" width="9"/></cols>`;
    const xml = `<worksheet>${before}<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>${validations}<mergeCells><mergeCell ref="C3:D4"/></mergeCells></worksheet>`;
    const [sheet] = readWorkbookValues(buildXlsx({ sheets: [{ name: "S", sheetData: "", rawXml: xml }] })).sheets;
    expect(sheet.rows).toEqual([[1, 2]]);
    // A second mergeCells (not valid SpreadsheetML) is formatting that follows the first, and not read.
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);

    // A writer that puts the merges before the cells loses neither.
    const early = `<worksheet><mergeCells><mergeCell ref="A1:B1"/></mergeCells>${validations}<sheetData><row r="1"><c r="A1"><v>3</v></c></row></sheetData></worksheet>`;
    const [reordered] = readWorkbookValues(buildXlsx({ sheets: [{ name: "S", sheetData: "", rawXml: early }] })).sheets;
    expect(reordered.rows).toEqual([[3]]);
    expect(reordered.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("finds a workbook part that is not called xl/workbook.xml through the package relationships", () => {
    const original = buildXlsx({ sheets: [{ name: "S", sheetData: `<row r="1"><c r="A1"><v>5</v></c></row>` }] });
    const files = unzipSync(original);
    const renamed: Record<string, string | Uint8Array> = {};
    for (const [name, data] of Object.entries(files)) {
      const text = strFromU8(data).replace(/xl\/workbook\.xml/g, "xl/book.xml");
      renamed[name === "xl/workbook.xml" ? "xl/book.xml" : name === "xl/_rels/workbook.xml.rels" ? "xl/_rels/book.xml.rels" : name] = text;
    }
    expect(readWorkbookValues(zipOf(renamed)).sheets[0].rows).toEqual([[5]]);
  });

  it("stops when the signal is aborted", () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => readWorkbookValues(bytes, { signal: controller.signal })).toThrow(/abort/i);
  });

  describe("edge cases", () => {
    it("keeps a value that is not a number as text rather than turning it into 0", () => {
      expect(readWorkbookValues(oneSheet(`<row r="1"><c r="A1"><v>abc</v></c><c r="B1"><v></v></c><c r="C1"><v>1e999</v></c></row>`)).sheets[0].rows).toEqual([["abc", null, "1e999"]]);
    });

    it("leaves a cell empty when its shared-string index points past the table", () => {
      const xlsx = oneSheet(`<row r="1"><c r="A1" t="s"><v>5</v></c><c r="B1" t="s"><v>x</v></c><c r="C1" t="s"><v>0</v></c></row>`, { sharedStrings: ["只有一个"] });
      expect(readWorkbookValues(xlsx).sheets[0].rows).toEqual([[null, null, "只有一个"]]);
    });

    it("keeps reading what it can of XML that is cut off or malformed, without looping", () => {
      const xml = worksheetXml(`<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>ok</t></is></c></row>`).slice(0, -30) + `<row r="2"><c r="A2"<v>2<`;
      const [sheet] = readWorkbookValues(buildXlsx({ sheets: [{ name: "S", sheetData: "", rawXml: xml }] })).sheets;
      expect(sheet.rows[0]).toEqual([1, "ok"]);
    });

    it("never expands entities declared in a DTD", () => {
      const xml = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
      expect(readWorkbookValues(buildXlsx({ sheets: [{ name: "S", sheetData: "", rawXml: xml }] })).sheets[0].rows).toEqual([["&lol2;"]]);
    });

    it("reads a sheet with no cells as an empty grid", () => {
      expect(readWorkbookValues(oneSheet("")).sheets[0]).toEqual({ name: "Sheet1", visibility: "visible", rows: [], merges: [] });
    });

    it("treats a sheet whose part is missing as a damaged file", () => {
      const xlsx = buildXlsx({ sheets: [{ name: "S", sheetData: "" }], omit: ["xl/worksheets/sheet1.xml"] });
      expect(() => readWorkbookValues(xlsx, { fileName: "城关镇.xlsx" })).toThrow(expect.objectContaining({ code: "file-unreadable", message: expect.stringContaining("城关镇.xlsx") }));
    });

    it("says a zip without a workbook is not a workbook", () => {
      const docx = zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
      expect(() => readWorkbookValues(docx)).toThrow(expect.objectContaining({ code: "not-a-workbook" }));
    });

    it("throws only WorkbookErrors for bytes that are not a zip at all", () => {
      const error = captureError(() => readWorkbookValues(new TextEncoder().encode("序号,指标名称\n1,口罩"), { fileName: "导出.xlsx" }));
      expect(error).toBeInstanceOf(WorkbookError);
      expect(error).toMatchObject({ code: "not-a-workbook", message: expect.stringContaining("导出.xlsx") });
    });
  });
});

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}
