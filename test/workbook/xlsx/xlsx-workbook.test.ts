import { ValueType, Workbook, type Worksheet } from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { emptyFormState, formToCells, sheetToForm, type FormState } from "../../../src/core/form";
import { planSheet, type SheetPlan } from "../../../src/core/layout";
import { cellAddress, rangeAddress } from "../../../src/core/sheet";
import type { ReportTemplate } from "../../../src/core/template";
import { METADATA_SHEET, WorkbookError } from "../../../src/workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { smallIndicatorTemplate, smallLedgerTemplate } from "../../_support/template-factory";

/** A unit workbook as the CLI makes it: the template's sheet, its binding, and the form's values. */
async function unitWorkbook(template: ReportTemplate, form?: FormState): Promise<{ workbook: XlsxWorkbook; plan: SheetPlan }> {
  const workbook = XlsxWorkbook.create("城关镇.xlsx");
  const plan = planSheet(template, { header: { unit: "城关镇", period: "2023年2月20日24时" } });
  await workbook.createSheet(plan, { activate: true });
  await workbook.writeBinding({ sheetName: plan.sheetName, templateId: template.id, templateVersion: template.version, templateJson: JSON.stringify(template) });
  if (form) await workbook.writeCells(plan.sheetName, formToCells(template, plan.anchors, form));
  return { workbook, plan };
}

/** Read bytes with a fresh ExcelJS workbook, independent of the adapter that wrote them. */
async function freshRead(bytes: Uint8Array): Promise<Workbook> {
  const book = new Workbook();
  await book.xlsx.load(bytes as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  return book;
}

/** ExcelJS reads validations into a per-cell model it does not declare in its types. */
function validationAt(ws: Worksheet, address: string): Record<string, unknown> | undefined {
  return (ws as unknown as { dataValidations: { model: Record<string, Record<string, unknown>> } }).dataValidations.model[address];
}

const cellOf = (ws: Worksheet, row: number, col: number) => ws.getCell(row + 1, col + 1);

describe("XlsxWorkbook renders an indicator table", () => {
  const template = smallIndicatorTemplate();
  const form: FormState = {
    ...emptyFormState(template.id),
    header: { unit: "城关镇", period: "2023年2月20日24时", preparer: "李明", reportDate: "2023-02-21" },
    values: { total: "92", big: "3", small: "89", resumed: "80", funds: "930.95" },
    notes: { funds: "含已收货未支付款项" },
  };
  let plan: SheetPlan;
  let bytes: Uint8Array;
  let book: Workbook;
  let ws: Worksheet;

  beforeAll(async () => {
    const made = await unitWorkbook(template, form);
    plan = made.plan;
    bytes = await made.workbook.toBytes();
    book = await freshRead(bytes);
    ws = book.getWorksheet(plan.sheetName)!;
  });

  it("writes the template's sheet and a very hidden binding sheet holding the template JSON", () => {
    expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([
      [plan.sheetName, "visible"],
      [METADATA_SHEET, "veryHidden"],
    ]);
    const meta = book.getWorksheet(METADATA_SHEET)!;
    expect(meta.getCell("A2").value).toBe(plan.sheetName);
    expect(meta.getCell("B2").value).toBe(template.id);
    expect(JSON.parse(String(meta.getCell("D2").value))).toEqual(template);
  });

  it("puts the title in 宋体 bold across the merged first row", () => {
    expect(ws.getCell("A1").value).toBe(template.title);
    expect(ws.getCell("A1").font).toEqual(expect.objectContaining({ name: "宋体", bold: true, size: 16 }));
    expect(ws.model.merges).toEqual(expect.arrayContaining(["A1:E1", ...plan.merges.map(rangeAddress)]));
  });

  it("stores typed numbers as numbers with the kind's number format", () => {
    const total = plan.anchors.indicators!.total;
    const funds = plan.anchors.indicators!.funds;
    expect(cellOf(ws, total.row, total.valueCol).value).toBe(92);
    expect(cellOf(ws, total.row, total.valueCol).numFmt).toBe("#,##0");
    expect(cellOf(ws, funds.row, funds.valueCol).value).toBe(930.95);
    expect(cellOf(ws, funds.row, funds.valueCol).numFmt).toBe("#,##0.00");
    expect(cellOf(ws, funds.row, funds.noteCol).value).toBe("含已收货未支付款项");
  });

  it("computes the rate with a formula over its parts' cells", () => {
    const { rate, resumed, total } = plan.anchors.indicators!;
    const cell = cellOf(ws, rate.row, rate.valueCol);
    expect(cell.type).toBe(ValueType.Formula);
    expect(cell.formula).toContain(`${cellAddress(resumed.row, resumed.valueCol)}/${cellAddress(total.row, total.valueCol)}`);
    expect(cell.numFmt).toBe("0.0");
    // ExcelJS does not read calcPr back; Excel must recompute the rate on opening.
    expect(strFromU8(unzipSync(bytes)["xl/workbook.xml"])).toContain('fullCalcOnLoad="1"');
  });

  it("keeps a date typed in the form as a date", () => {
    const at = plan.anchors.header.reportDate!;
    expect(cellOf(ws, at.row, at.col).value).toEqual(new Date(Date.UTC(2023, 1, 21)));
  });

  it("adds Excel's data validation as a warning with a prompt", () => {
    const total = plan.anchors.indicators!.total;
    const validation = validationAt(ws, cellAddress(total.row, total.valueCol));
    expect(validation).toEqual(
      expect.objectContaining({ type: "whole", operator: "greaterThanOrEqual", formulae: [0], errorStyle: "warning", showInputMessage: true, showErrorMessage: true }),
    );
    expect(validation!.prompt).toContain("企业总数");
    const rate = plan.anchors.indicators!.rate;
    expect(validationAt(ws, cellAddress(rate.row, rate.valueCol))).toBeUndefined();
  });

  it("freezes the table head and sets up A4 printing at a fixed scale with the head repeated, the title above and page numbers below", () => {
    expect(ws.views[0]).toEqual(expect.objectContaining({ state: "frozen", ySplit: plan.freeze.rows }));
    expect(ws.pageSetup).toEqual(expect.objectContaining({ paperSize: 9, orientation: plan.print.orientation, fitToPage: false, scale: plan.print.scale }));
    expect(ws.pageSetup.margins).toEqual(expect.objectContaining({ left: 0.5, right: 0.5 }));
    const head = plan.print.titleRows.first + 1;
    expect(ws.pageSetup.printTitlesRow).toBe(`${head}:${head}`);
    expect(ws.headerFooter).toEqual(expect.objectContaining({ oddHeader: `&C${plan.print.header}`, oddFooter: "&C第 &P 页 共 &N 页" }));
  });

  it("protects the sheet without a password and unlocks only the input cells", () => {
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toEqual(expect.objectContaining({ sheet: true, formatCells: true }));
    expect(protection.hashValue).toBeUndefined();
    expect(protection.insertRows).toBeUndefined();
    const total = plan.anchors.indicators!.total;
    expect(cellOf(ws, total.row, total.valueCol).protection).toEqual(expect.objectContaining({ locked: false }));
    expect(cellOf(ws, total.row, 1).protection?.locked).not.toBe(false);
    const unit = plan.anchors.header.unit!;
    expect(cellOf(ws, unit.row, unit.col).protection).toEqual(expect.objectContaining({ locked: false }));
  });

  it("reads back into the same form", async () => {
    const reloaded = await XlsxWorkbook.load(bytes, "城关镇.xlsx");
    const back = sheetToForm(template, plan.anchors, await reloaded.readSheet(plan.sheetName));
    expect(back).toEqual(form);
    expect(await reloaded.readBindings()).toEqual([
      { sheetName: plan.sheetName, templateId: template.id, templateVersion: template.version, templateJson: JSON.stringify(template) },
    ]);
  });
});

describe("XlsxWorkbook renders a ledger", () => {
  const template = smallLedgerTemplate();
  const form: FormState = {
    ...emptyFormState(template.id),
    header: { unit: "城关镇", period: "2023年上半年" },
    rows: [
      { problem: "制度不健全", deadline: "2023-03-31", status: "已完成", doneDate: "2023-03-01" },
      { problem: "台账不规范", status: "持续推进" },
    ],
  };
  let plan: SheetPlan;
  let bytes: Uint8Array;
  let ws: Worksheet;

  beforeAll(async () => {
    const made = await unitWorkbook(template, form);
    plan = made.plan;
    bytes = await made.workbook.toBytes();
    ws = (await freshRead(bytes)).getWorksheet(plan.sheetName)!;
  });

  it("offers the status as a drop-down list beyond the laid-out rows", () => {
    const { firstRow, rowCapacity, columns } = plan.anchors.ledger!;
    for (const row of [firstRow, firstRow + rowCapacity + 500]) {
      expect(validationAt(ws, cellAddress(row, columns.status))).toEqual(
        expect.objectContaining({ type: "list", formulae: ['"已完成,持续推进,未启动"'], errorStyle: "warning" }),
      );
    }
    expect(validationAt(ws, cellAddress(firstRow, columns.deadline))).toEqual(expect.objectContaining({ type: "date" }));
  });

  it("writes dates as dates with a Chinese date format", () => {
    const { firstRow, columns } = plan.anchors.ledger!;
    const cell = cellOf(ws, firstRow, columns.doneDate);
    expect(cell.value).toEqual(new Date(Date.UTC(2023, 2, 1)));
    expect(cell.numFmt).toBe('yyyy"年"m"月"d"日"');
  });

  it("freezes the head and the 序号 column, prints it on every page and lets clerks insert rows", () => {
    expect(ws.views[0]).toEqual(expect.objectContaining({ state: "frozen", xSplit: 1, ySplit: plan.freeze.rows }));
    expect(ws.pageSetup.printTitlesColumn).toBe("A:A");
    const protection = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(protection).toEqual(expect.objectContaining({ sheet: true, insertRows: true }));
  });

  it("reads the rows back into the same form", async () => {
    const reloaded = await XlsxWorkbook.load(bytes);
    expect(sheetToForm(template, plan.anchors, await reloaded.readSheet(plan.sheetName))).toEqual(form);
  });
});

describe("XlsxWorkbook writes cells", () => {
  const template = smallIndicatorTemplate();

  it.each(["=1+1", "+86 138 0000 0000", "-5元", "@foo", "=HYPERLINK(\"http://x\")"])("keeps %s as text, never a formula", async (text) => {
    const { workbook, plan } = await unitWorkbook(template);
    const at = plan.anchors.indicators!.total;
    await workbook.writeCells(plan.sheetName, [{ row: at.row, col: at.noteCol, value: text }]);
    const bytes = await workbook.toBytes();

    const cell = cellOf((await freshRead(bytes)).getWorksheet(plan.sheetName)!, at.row, at.noteCol);
    expect(cell.type).toBe(ValueType.String);
    expect(cell.value).toBe(text);
    // And in the file itself: no <f> element anywhere in the sheet.
    const sheetXml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]);
    const address = cellAddress(at.row, at.noteCol);
    expect(sheetXml).toMatch(new RegExp(`<c r="${address}"[^>]*t="s"`));
    expect((sheetXml.match(/<f>/g) ?? []).length).toBe(1); // only the planned 复工率 formula
  });

  it("clears a value with null but keeps the cell's look and lock", async () => {
    const { workbook, plan } = await unitWorkbook(template, { ...emptyFormState(template.id), values: { total: "92" } });
    const at = plan.anchors.indicators!.total;
    await workbook.writeCells(plan.sheetName, [{ row: at.row, col: at.valueCol, value: null }]);
    const cell = cellOf((await freshRead(await workbook.toBytes())).getWorksheet(plan.sheetName)!, at.row, at.valueCol);
    expect(cell.value).toBeNull();
    expect(cell.numFmt).toBe("#,##0");
    expect(cell.protection).toEqual(expect.objectContaining({ locked: false }));
    expect(cell.fill).toEqual(expect.objectContaining({ fgColor: { argb: "FFFFF8E1" } }));
  });

  it("writes numbers, booleans, dates, errors and a number format as given", async () => {
    const { workbook, plan } = await unitWorkbook(template);
    const date = new Date(Date.UTC(2023, 1, 20, 18, 0));
    await workbook.writeCells(plan.sheetName, [
      { row: 40, col: 0, value: 12.5, numberFormat: "0.00" },
      { row: 40, col: 1, value: true },
      { row: 40, col: 2, value: date, numberFormat: "yyyy-mm-dd hh:mm" },
      { row: 40, col: 3, value: { error: "#N/A" } },
    ]);
    const back = await (await XlsxWorkbook.load(await workbook.toBytes())).readSheet(plan.sheetName);
    expect(back.rows[40]).toEqual([12.5, true, date, { error: "#N/A" }]);
    const ws = (await freshRead(await workbook.toBytes())).getWorksheet(plan.sheetName)!;
    expect(ws.getCell("A41").numFmt).toBe("0.00");
  });

  it("refuses to write into a sheet that does not exist", async () => {
    const { workbook } = await unitWorkbook(template);
    await expect(workbook.writeCells("没有的表", [{ row: 0, col: 0, value: 1 }])).rejects.toMatchObject({ code: "sheet-not-found" });
  });
});

describe("XlsxWorkbook reads sheets", () => {
  /** A workbook made directly with ExcelJS, as another program would write it. */
  async function foreignWorkbook(): Promise<Uint8Array> {
    const book = new Workbook();
    const ws = book.addWorksheet("数据");
    ws.getCell("A1").value = "填报单位";
    ws.getCell("B1").value = { richText: [{ text: "城关" }, { text: "镇", font: { bold: true } }] };
    ws.getCell("A2").value = new Date(Date.UTC(2023, 1, 20));
    ws.getCell("A2").numFmt = "yyyy-mm-dd";
    ws.getCell("B2").value = { formula: "1+1", result: 2, date1904: false };
    ws.getCell("C2").value = { text: "通知", hyperlink: "http://example.com" };
    ws.getCell("D2").value = { error: "#DIV/0!" } as never;
    ws.getCell("A4").value = "合并";
    ws.mergeCells("A4:C4");
    book.addWorksheet("隐藏").state = "hidden";
    return new Uint8Array(await book.xlsx.writeBuffer());
  }

  it("gives plain values: rich text as text, dates as UTC dates, formulas as their results, errors as errors", async () => {
    const workbook = await XlsxWorkbook.load(await foreignWorkbook(), "外来.xlsx");
    const sheet = await workbook.readSheet("数据");
    expect(sheet.rows[0]).toEqual(["填报单位", "城关镇"]);
    expect(sheet.rows[1]).toEqual([new Date(Date.UTC(2023, 1, 20)), 2, "通知", { error: "#DIV/0!" }]);
    expect(sheet.formulas).toEqual({ "1,1": "1+1" });
    expect(sheet.rows[2]).toEqual([]);
  });

  it("leaves the covered cells of a merge empty and lists the merge", async () => {
    const sheet = await (await XlsxWorkbook.load(await foreignWorkbook())).readSheet("数据");
    expect(sheet.rows[3]).toEqual(["合并"]);
    expect(sheet.merges).toEqual([{ top: 3, left: 0, bottom: 3, right: 2 }]);
  });

  it("lists sheets with their visibility and finds a sheet whatever the letter case", async () => {
    const workbook = await XlsxWorkbook.load(await foreignWorkbook());
    expect(await workbook.listSheets()).toEqual([
      { name: "数据", visibility: "visible" },
      { name: "隐藏", visibility: "hidden" },
    ]);
    const { workbook: made, plan } = await unitWorkbook(smallLedgerTemplate({ title: "Ledger" }));
    expect((await made.readSheet(plan.sheetName.toLowerCase())).name).toBe("Ledger");
  });

  it("names the sheet and the file when a sheet is missing", async () => {
    const workbook = await XlsxWorkbook.load(await foreignWorkbook(), "外来.xlsx");
    const error = await workbook.readSheet("汇总表").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: "sheet-not-found", message: expect.stringContaining("汇总表") });
    expect((error as Error).message).toContain("外来.xlsx");
  });
});

describe("XlsxWorkbook creates sheets", () => {
  const template = smallIndicatorTemplate();

  it("refuses to create a sheet whose name exists, in any letter case, and changes nothing", async () => {
    const { workbook, plan } = await unitWorkbook(smallLedgerTemplate({ title: "Ledger" }), {
      ...emptyFormState("small-ledger"),
      rows: [{ problem: "已填的数据" }],
    });
    const again = planSheet(smallLedgerTemplate({ title: "Ledger" }), { sheetName: "LEDGER" });
    await expect(workbook.createSheet(again)).rejects.toMatchObject({ code: "sheet-exists", message: expect.stringContaining("Ledger") });
    const form = sheetToForm(smallLedgerTemplate(), plan.anchors, await workbook.readSheet("Ledger"));
    expect(form.rows).toEqual([{ problem: "已填的数据" }]);
  });

  it("replaces the sheet in its place among the tabs when asked", async () => {
    const { workbook, plan } = await unitWorkbook(template, { ...emptyFormState(template.id), values: { total: "92" } });
    const other = planSheet(smallLedgerTemplate(), { existingSheetNames: [plan.sheetName] });
    await workbook.createSheet(other);
    await workbook.createSheet(plan, { replace: true });
    const names = (await workbook.listSheets()).map((s) => s.name);
    expect(names).toEqual([plan.sheetName, METADATA_SHEET, other.sheetName]);
    const form = sheetToForm(template, plan.anchors, await workbook.readSheet(plan.sheetName));
    expect(form.values).toEqual({});
  });

  it("opens on the sheet it activated, and never on a hidden one", async () => {
    const workbook = XlsxWorkbook.create();
    await workbook.writeBinding({ sheetName: "a", templateId: "small", templateVersion: "1.0.0", templateJson: "{}" });
    const plan = planSheet(template);
    await workbook.createSheet(plan);
    const book = await freshRead(await workbook.toBytes());
    const active = book.worksheets[book.views[0].activeTab ?? 0];
    expect(active.name).toBe(plan.sheetName);
  });
});

describe("XlsxWorkbook bindings", () => {
  it("adds and replaces bindings by sheet name, keeping a template longer than one cell holds", async () => {
    const workbook = XlsxWorkbook.create();
    await workbook.createSheet(planSheet(smallIndicatorTemplate()));
    const long = JSON.stringify({ text: "长".repeat(70000) });
    await workbook.writeBinding({ sheetName: "甲", templateId: "a", templateVersion: "1", templateJson: "{}" });
    await workbook.writeBinding({ sheetName: "乙", templateId: "b", templateVersion: "1", templateJson: long });
    await workbook.writeBinding({ sheetName: "甲", templateId: "a", templateVersion: "2", templateJson: "{\"v\":2}" });
    const reloaded = await XlsxWorkbook.load(await workbook.toBytes());
    const bindings = await reloaded.readBindings();
    expect(bindings.map((b) => [b.sheetName, b.templateVersion])).toEqual([
      ["乙", "1"],
      ["甲", "2"],
    ]);
    expect(bindings[0].templateJson).toBe(long);
    expect((await reloaded.listSheets()).filter((s) => s.name === METADATA_SHEET)).toEqual([{ name: METADATA_SHEET, visibility: "veryHidden" }]);
  });

  it("has no bindings in a workbook without the metadata sheet", async () => {
    const workbook = XlsxWorkbook.create();
    await workbook.createSheet(planSheet(smallIndicatorTemplate()));
    expect(await workbook.readBindings()).toEqual([]);
  });
});

describe("edge cases", () => {
  const bytesOf = (...parts: number[][]) => new Uint8Array(parts.flat());
  /** A bare BIFF8 beginning-of-file record, as an old .xls starts; then one more record. */
  const biff = (next: number) => bytesOf([0x09, 0x08, 0x10, 0x00], new Array(16).fill(0), [next, 0x00, 0x00, 0x00]);
  const FILEPASS = 0x2f;

  it.each([
    ["an empty file", bytesOf([]), "file-unreadable", "空文件"],
    ["a legacy .xls", biff(0x0a), "legacy-xls", ".xls"],
    ["a password-protected .xls", biff(FILEPASS), "encrypted", "密码"],
    ["a CSV file", new TextEncoder().encode("单位,人数\n城关镇,3\n东城街道,5\n"), "not-a-workbook", "CSV"],
    ["a damaged zip", bytesOf([0x50, 0x4b, 0x03, 0x04], new Array(40).fill(7)), "file-unreadable", "损坏"],
  ])("refuses %s with a Chinese reason naming the file", async (_what, bytes, code, words) => {
    const error = await XlsxWorkbook.load(bytes, "城关镇.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toContain("城关镇.xlsx");
    expect((error as Error).message).toContain(words);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const { workbook, plan } = await unitWorkbook(smallIndicatorTemplate());
    const bytes = await workbook.toBytes();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    expect((await (await XlsxWorkbook.load(buffer)).listSheets())[0].name).toBe(plan.sheetName);
  });

  it("survives a load and save of its own file with validations, print titles and protection intact", async () => {
    const { workbook, plan } = await unitWorkbook(smallLedgerTemplate());
    const again = await XlsxWorkbook.load(await workbook.toBytes());
    await again.writeCells(plan.sheetName, [{ row: plan.anchors.ledger!.firstRow, col: 1, value: "新问题" }]);
    const ws = (await freshRead(await again.toBytes())).getWorksheet(plan.sheetName)!;
    const { firstRow, columns } = plan.anchors.ledger!;
    expect(validationAt(ws, cellAddress(firstRow + 3, columns.status))).toEqual(expect.objectContaining({ type: "list" }));
    expect(ws.pageSetup.printTitlesRow).toBe(`${plan.print.titleRows.first + 1}:${plan.print.titleRows.first + 1}`);
    expect((ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection).toEqual(expect.objectContaining({ sheet: true }));
    expect(ws.getCell(firstRow + 1, 2).value).toBe("新问题");
  });
});
