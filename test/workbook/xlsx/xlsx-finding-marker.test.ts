import { Workbook, type Cell, type Worksheet } from "exceljs";
import { MARKS_SHEET, WorkbookError } from "../../../src/workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { XlsxFindingMarker } from "../../../src/workbook/xlsx/xlsx-finding-marker";
import { findingAt } from "../_support/finding-factory";

const YELLOW = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8E1" } } as const;
const THEME = { type: "pattern", pattern: "solid", fgColor: { theme: 4, tint: 0.6 } } as const;

/**
 * A unit's 统计表 as a file: C2:C6 in the template's yellow (one shared style, as Excel saves it),
 * C7 in a theme colour, a value in F3 and the clerk's own note on D2.
 */
async function unitFile(): Promise<Uint8Array> {
  const book = new Workbook();
  const ws = book.addWorksheet("统计表");
  for (let r = 2; r <= 6; r++) ws.getCell(`C${r}`).fill = YELLOW;
  ws.getCell("C7").fill = THEME;
  ws.getCell("F3").value = "含外地返乡人员";
  // ExcelJS reads a note back only on a cell the file lists (one with a value or a style).
  ws.getCell("D2").value = 1200;
  ws.getCell("D2").note = "数据来自乡镇上报";
  book.addWorksheet("台账").getCell("B3").value = "张三";
  // As Excel saves every file: XlsxWorkbook.toBytes expects the workbook's window settings.
  book.views = [{ x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function open(bytes?: Uint8Array): Promise<{ workbook: XlsxWorkbook; marker: XlsxFindingMarker }> {
  const workbook = await XlsxWorkbook.load(bytes ?? (await unitFile()), "城关镇.xlsx");
  return { workbook, marker: new XlsxFindingMarker(workbook) };
}

/** Read bytes with a fresh ExcelJS workbook, independent of the adapter that wrote them. */
async function freshRead(bytes: Uint8Array): Promise<Workbook> {
  const book = new Workbook();
  await book.xlsx.load(bytes as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  return book;
}

function fillOf(cell: Cell): string | undefined {
  const fill = cell.fill;
  if (!fill || fill.type !== "pattern" || fill.pattern === "none") return undefined;
  return fill.fgColor?.argb?.slice(2) ?? JSON.stringify(fill.fgColor);
}

function noteOf(cell: Cell): string | undefined {
  const note = cell.note;
  if (!note) return undefined;
  const text = typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
  return text || undefined;
}

function sheetOf(book: Workbook, name = "统计表"): Worksheet {
  return book.getWorksheet(name)!;
}

const REQUIRED_NOTE = "【错误】「摸排人员」未填写（建议：如实填写；没有发生的填 0）";

describe("XlsxFindingMarker.mark", () => {
  it("fills the cells by severity and attaches notes that survive saving the file", async () => {
    const { workbook, marker } = await open();
    await marker.mark("统计表", [findingAt("C2"), findingAt("C3", "verify"), findingAt("C4", "hint"), findingAt("C4")]);
    const ws = sheetOf(await freshRead(await workbook.toBytes()));
    expect([fillOf(ws.getCell("C2")), fillOf(ws.getCell("C3")), fillOf(ws.getCell("C4"))]).toEqual(["FFC7CE", "FFEB9C", "FFC7CE"]);
    expect(noteOf(ws.getCell("C2"))).toBe(REQUIRED_NOTE);
    expect(noteOf(ws.getCell("C4"))!.split("\n").map((l) => l.slice(0, 4))).toEqual(["【错误】", "【提示】"]);
    // C5 shared C2's style in the file; it keeps its own yellow.
    expect(fillOf(ws.getCell("C5"))).toBe("FFF8E1");
  });

  it("remembers the marks in a very hidden sheet", async () => {
    const { workbook, marker } = await open();
    await marker.mark("统计表", [findingAt("C2")]);
    const store = sheetOf(await freshRead(await workbook.toBytes()), MARKS_SHEET);
    expect(store.state).toBe("veryHidden");
    expect((store.getRow(2).values as unknown[]).slice(1, 6)).toEqual(["统计表", "C2", "FFF8E1", "FFC7CE", REQUIRED_NOTE]);
  });

  it("restores the original fills and takes the notes off after the file was saved and opened again", async () => {
    const first = await open();
    await first.marker.mark("统计表", [findingAt("C2"), findingAt("C7", "hint"), findingAt("E9", "verify")]);
    const reopened = await open(await first.workbook.toBytes());
    await reopened.marker.clear();
    const ws = sheetOf(await freshRead(await reopened.workbook.toBytes()));
    expect(fillOf(ws.getCell("C2"))).toBe("FFF8E1");
    expect(ws.getCell("C7").fill).toEqual(THEME);
    expect(fillOf(ws.getCell("E9"))).toBeUndefined();
    expect([noteOf(ws.getCell("C2")), noteOf(ws.getCell("C7")), noteOf(ws.getCell("E9"))]).toEqual([undefined, undefined, undefined]);
    expect(noteOf(ws.getCell("D2"))).toBe("数据来自乡镇上报");
  });

  it("takes off the previous run's marks when marking again", async () => {
    const { workbook, marker } = await open();
    await marker.mark("统计表", [findingAt("C2"), findingAt("C3")]);
    await marker.mark("统计表", [findingAt("C3", "hint")]);
    const ws = sheetOf(await freshRead(await workbook.toBytes()));
    expect(fillOf(ws.getCell("C2"))).toBe("FFF8E1");
    expect(noteOf(ws.getCell("C2"))).toBeUndefined();
    expect(fillOf(ws.getCell("C3"))).toBe("DDEBF7");
    expect(noteOf(ws.getCell("C3"))).toMatch(/^【提示】/);
    await marker.clear("统计表");
    expect(fillOf(workbook.exceljsWorksheet("统计表")!.getCell("C3"))).toBe("FFF8E1");
  });

  it("leaves a cell the clerk re-coloured since, and gives a cell with the clerk's note the fill only", async () => {
    const { workbook, marker } = await open();
    await marker.mark("统计表", [findingAt("C2"), findingAt("D2")]);
    const ws = workbook.exceljsWorksheet("统计表")!;
    expect(noteOf(ws.getCell("D2"))).toBe("数据来自乡镇上报");
    expect(fillOf(ws.getCell("D2"))).toBe("FFC7CE");
    ws.getCell("C2").style = { ...ws.getCell("C2").style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } } };
    await marker.clear();
    expect(fillOf(ws.getCell("C2"))).toBe("00B050");
    expect(noteOf(ws.getCell("C2"))).toBeUndefined();
    expect(fillOf(ws.getCell("D2"))).toBeUndefined();
    expect(noteOf(ws.getCell("D2"))).toBe("数据来自乡镇上报");
  });

  describe("edge cases", () => {
    it("keeps the marks of other sheets and forgets those of a sheet removed since", async () => {
      const { workbook, marker } = await open();
      await marker.mark("台账", [findingAt("B3", "error", { sheet: "台账" })]);
      await marker.mark("统计表", [findingAt("C2")]);
      await marker.clear("统计表");
      expect(fillOf(workbook.exceljsWorksheet("台账")!.getCell("B3"))).toBe("FFC7CE");
      const book = workbook.exceljsWorksheet("台账")!.workbook;
      book.removeWorksheet(workbook.exceljsWorksheet("台账")!.id);
      await marker.clear();
      expect((await workbook.readSheet(MARKS_SHEET)).rows).toHaveLength(1);
    });

    it("adds no marks sheet when there is nothing to mark or clear", async () => {
      const { workbook, marker } = await open();
      await marker.clear();
      await marker.mark("统计表", []);
      expect((await workbook.listSheets()).map((s) => s.name)).toEqual(["统计表", "台账"]);
    });

    it("names the sheet and the file when the sheet is not there", async () => {
      const { marker } = await open();
      const error = await marker.mark("汇总表", []).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookError);
      expect((error as WorkbookError).message).toContain("城关镇.xlsx");
    });
  });
});

describe("XlsxFindingMarker.acceptWithNote", () => {
  it("writes the 说明 as text into the 备注 cell, after what the clerk wrote there", async () => {
    const { workbook, marker } = await open();
    await marker.acceptWithNote("统计表", "F2", "=比上期多80人");
    await marker.acceptWithNote("统计表", "F3", "新建方舱医院");
    const ws = sheetOf(await freshRead(await workbook.toBytes()));
    expect(ws.getCell("F2").value).toBe("=比上期多80人");
    expect(ws.getCell("F2").formula).toBeUndefined();
    expect(ws.getCell("F3").value).toBe("含外地返乡人员；新建方舱医院");
  });

  describe("edge cases", () => {
    it("refuses an empty 说明", async () => {
      const { marker } = await open();
      await expect(marker.acceptWithNote("统计表", "F2", "")).rejects.toThrow("核实说明不能为空");
    });
  });
});
