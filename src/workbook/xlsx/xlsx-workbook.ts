import type { CellValue as ExcelValue, Workbook, Worksheet } from "exceljs";
import type { SheetPlan } from "../../core/layout";
import { problem } from "../../core/locale";
import { isCellError, type CellRange, type CellValue, type SheetSnapshot, type SheetVisibility } from "../../core/sheet";
import { bindingsToRows, METADATA_SHEET, rowsToBindings, upsertBinding } from "../_lib/binding-rows";
import type { CellWrite, SheetInfo, TemplateBinding, WorkbookPort } from "../port";
import { WorkbookError } from "../workbook-error";
import { intakeFile, sniffFile } from "./intake";
import { DEFAULT_READ_LIMITS } from "./read";
import { cellValueOf, formulaOf } from "./_lib/cell-value";
import { excelJs } from "./_lib/exceljs-module";
import { mergedRanges, setSheetOrder, setTabSelected, sheetOrder } from "./_lib/exceljs-internals";
import { renderPlan } from "./_lib/render-plan";
import { restyle } from "./_lib/restyle";

function findSheet(book: Workbook, name: string): Worksheet | undefined {
  // Excel's sheet names are case-insensitive; an exact match wins.
  return book.getWorksheet(name) ?? book.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
}

function toExcelValue(value: CellValue): ExcelValue {
  // A plain JS string is always a text cell in ExcelJS (shared string), never a formula: "=1+1",
  // "+86 138…" and "@foo" from another unit's file stay the text they were.
  if (value !== null && isCellError(value)) return { error: value.error } as ExcelValue;
  return value as ExcelValue;
}

/**
 * The WorkbookPort over an .xlsx file held in memory by ExcelJS: the browser page and the command
 * line create, fill and read unit workbooks through it. No file system here, so it runs in a browser;
 * `xlsx-file.ts` adds reading and writing files for Node.
 */
export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    private readonly book: Workbook,
    /** The file's name, for messages ("城关镇.xlsx"). */
    readonly fileName: string,
  ) {
    // Values written here leave formulas' cached results stale: Excel recomputes on opening.
    book.calcProperties.fullCalcOnLoad = true;
  }

  static create(fileName = "新工作簿.xlsx"): XlsxWorkbook {
    const book = new (excelJs().Workbook)();
    book.creator = "汇报通";
    book.created = new Date();
    return new XlsxWorkbook(book, fileName);
  }

  /**
   * Open .xlsx bytes. A legacy .xls, a password-protected file, a CSV or HTML "export" or anything else
   * is refused with intake's reason naming the file.
   */
  static async load(bytes: Uint8Array | ArrayBuffer, fileName = "工作簿"): Promise<XlsxWorkbook> {
    const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    const limit = DEFAULT_READ_LIMITS.maxFileBytes;
    if (data.byteLength > limit) {
      throw new WorkbookError("file-too-large", { problem: problem("intake.file-too-large", { file: fileName, bytes: data.byteLength, limit }), detail: { bytes: data.byteLength, limit } });
    }
    const kind = sniffFile(data, fileName);
    if (kind !== "xlsx" && kind !== "xlsm") {
      // Not a workbook ExcelJS can open: intake tells what it is instead and what the clerk can do.
      const refused = intakeFile(data, fileName);
      if (!refused.ok) throw new WorkbookError(refused.code, { problem: refused.problem, detail: { kind } });
    }
    const book = new (excelJs().Workbook)();
    try {
      // ExcelJS types the input as a Node Buffer; its zip reader takes any Uint8Array, in the browser too.
      await book.xlsx.load(data as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
    } catch (error) {
      throw new WorkbookError("file-unreadable", { problem: problem("intake.damaged", { file: fileName }), cause: error });
    }
    if (book.worksheets.length === 0) throw new WorkbookError("not-a-workbook", { problem: problem("intake.not-a-workbook", { file: fileName }) });
    return new XlsxWorkbook(book, fileName);
  }

  /**
   * The workbook's own identifier, kept in the file (a `huibao-id:` token among the document's
   * keywords, which ExcelJS and Excel both keep) so that what the pane remembers of it — its drafts —
   * finds it again under any file name; "" when it has none.
   */
  get identifier(): string {
    return /(?:^|\s)huibao-id:(\S+)/.exec(this.book.keywords ?? "")?.[1] ?? "";
  }

  set identifier(id: string) {
    const others = (this.book.keywords ?? "").split(/\s+/).filter((word) => word && !word.startsWith("huibao-id:"));
    this.book.keywords = [...others, `huibao-id:${id}`].join(" ");
  }

  /** The workbook as .xlsx bytes. */
  async toBytes(): Promise<Uint8Array> {
    this.keepActiveTabVisible();
    // Level 1 deflate: several times faster than the default in JSZip's JavaScript deflate, for files a few per cent larger.
    const buffer = await this.book.xlsx.writeBuffer({ zip: { compression: "DEFLATE", compressionOptions: { level: 1 } } } as Parameters<typeof this.book.xlsx.writeBuffer>[0]);
    return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer as ArrayBuffer);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.book.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state as SheetVisibility }));
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    const ws = this.sheet(name);
    const rows: CellValue[][] = [];
    const formulas: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const value = cellValueOf(cell);
        if (value !== null) values[colNumber - 1] = value;
        const formula = formulaOf(cell);
        if (formula) formulas[`${rowNumber - 1},${colNumber - 1}`] = formula;
      });
      if (values.length) rows[rowNumber - 1] = Array.from(values, (v) => v ?? null);
    });
    const grid = Array.from(rows, (r) => r ?? []);
    const merges: CellRange[] = mergedRanges(ws).map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }));
    const snapshot: SheetSnapshot = { name: ws.name, visibility: ws.state as SheetVisibility, rows: grid, merges };
    if (Object.keys(formulas).length) snapshot.formulas = formulas;
    return snapshot;
  }

  async createSheet(plan: SheetPlan, options: { replace?: boolean; activate?: boolean } = {}): Promise<void> {
    const existing = findSheet(this.book, plan.sheetName);
    if (existing && !options.replace) {
      throw new WorkbookError("sheet-exists", { detail: { sheet: existing.name, file: this.fileName } });
    }
    // A replaced sheet keeps its place among the tabs.
    const ws = this.replaceSheet(existing, plan.sheetName);
    await renderPlan(ws, plan);
    if (options.activate) this.activate(ws);
  }

  async writeCells(sheetName: string, writes: CellWrite[]): Promise<void> {
    const ws = this.sheet(sheetName);
    for (const write of writes) {
      const cell = ws.getCell(write.row + 1, write.col + 1);
      // Null clears the value; the cell's look (fill, borders, number format, lock) stays.
      cell.value = toExcelValue(write.value);
      const numFmt = write.numberFormat;
      if (numFmt) restyle(cell, (style) => ({ ...style, numFmt }));
    }
  }

  async readBindings(): Promise<TemplateBinding[]> {
    if (!findSheet(this.book, METADATA_SHEET)) return [];
    return rowsToBindings((await this.readSheet(METADATA_SHEET)).rows);
  }

  async writeBinding(binding: TemplateBinding): Promise<void> {
    const rows = bindingsToRows(upsertBinding(await this.readBindings(), binding));
    const ws = this.replaceSheet(findSheet(this.book, METADATA_SHEET), METADATA_SHEET);
    // Very hidden: not listed under Excel's 取消隐藏, so a clerk does not delete it by accident.
    ws.state = "veryHidden";
    rows.forEach((row, r) => row.forEach((text, c) => (ws.getCell(r + 1, c + 1).value = text)));
  }

  /**
   * The ExcelJS worksheet of that name (matched as Excel does, ignoring case), or undefined: for the
   * adapters beside this one that need more than the port offers (the finding marker's fills and notes).
   */
  exceljsWorksheet(name: string): Worksheet | undefined {
    return findSheet(this.book, name);
  }

  /** A new empty sheet in place of an old one (keeping its place among the tabs), or added last. */
  private replaceSheet(old: Worksheet | undefined, name: string): Worksheet {
    const orderNo = old ? sheetOrder(old) : undefined;
    if (old) this.book.removeWorksheet(old.id);
    const ws = this.book.addWorksheet(name);
    if (orderNo !== undefined) setSheetOrder(ws, orderNo);
    return ws;
  }

  private sheet(name: string): Worksheet {
    const ws = findSheet(this.book, name);
    if (!ws) {
      throw new WorkbookError("sheet-not-found", { detail: { sheet: name, file: this.fileName } });
    }
    return ws;
  }

  /** Make a sheet the one Excel opens on. */
  private activate(target: Worksheet): void {
    const sheets = this.book.worksheets;
    for (const ws of sheets) setTabSelected(ws, ws === target);
    const view = this.book.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 24000, visibility: "visible" };
    this.book.views = [{ ...view, firstSheet: 0, activeTab: sheets.indexOf(target) }];
  }

  /** Excel reports a file whose active tab is a hidden sheet as damaged: open on the first visible one instead. */
  private keepActiveTabVisible(): void {
    const sheets = this.book.worksheets;
    const active = sheets[this.book.views?.[0]?.activeTab ?? 0];
    if (active && active.state === "visible") return;
    const firstVisible = sheets.find((ws) => ws.state === "visible");
    if (firstVisible) this.activate(firstVisible);
  }
}
