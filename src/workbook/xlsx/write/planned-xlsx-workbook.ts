import { plannedCells, type SheetPlan } from "../../../core/layout";
import type { CellRange, CellValue, SheetSnapshot, SheetVisibility } from "../../../core/sheet";
import { bindingsToRows, METADATA_SHEET, rowsToBindings, upsertBinding } from "../../_lib/binding-rows";
import type { CellWrite, SheetInfo, TemplateBinding, WorkbookPort } from "../../port";
import { WorkbookError } from "../../workbook-error";
import { positionKey, ROW_STRIDE, type CellOverride } from "./_lib/cell-write";
import { SharedStrings } from "./_lib/shared-strings";
import { writePlainSheet, writePlannedSheet, type SheetParts } from "./_lib/sheet-xml";
import { StyleTable } from "./_lib/style-table";
import { fflatePacker } from "./_lib/fflate-packer";
import type { Packer } from "./_lib/packer";
import { Utf8Sink } from "./_lib/utf8-sink";
import { appPropsXml, contentTypesXml, corePropsXml, rootRelsXml, workbookRelsXml, workbookXml } from "./_lib/workbook-parts";
import { joinPieces, zipPieces, type PackedEntry } from "./_lib/zip-package";

/** A sheet of the workbook: a plan (with any values written over it since), or plain texts (the template bindings). */
interface HeldSheet {
  name: string;
  state: SheetVisibility;
  plan?: SheetPlan;
  rows?: string[][];
  overrides: Map<number, CellOverride>;
}

/**
 * A workbook made of sheet plans and written straight to OOXML, without ExcelJS: the command line's
 * summary. ExcelJS builds an object per cell and a style per cell before it writes; a summary of 200
 * ledgers has hundreds of thousands of cells, all laid out already in their plans. This writer keeps
 * the plans and writes each sheet's XML from them in row order when the bytes are asked for, with the
 * same looks (sheet-look), merges, widths, validations, data bars, print setup, very hidden sheets and
 * template bindings as the ExcelJS renderer gives (a test compares the two files cell by cell).
 * It is a WorkbookPort, so writeSummary writes into it as into any workbook; no file system here.
 */
export class PlannedXlsxWorkbook implements WorkbookPort {
  private readonly sheets: HeldSheet[] = [];
  private active?: HeldSheet;
  private readonly created = new Date();

  private constructor(
    /** The file's name, for messages. */
    readonly fileName: string,
    private readonly packer: Packer,
  ) {}

  /** An empty workbook; `packer` compresses its parts (Node's zlib from the command line, fflate by default). */
  static create(fileName = "新工作簿.xlsx", options: { packer?: Packer } = {}): PlannedXlsxWorkbook {
    return new PlannedXlsxWorkbook(fileName, options.packer ?? fflatePacker);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((s) => ({ name: s.name, visibility: s.state }));
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    const sheet = this.sheet(name);
    const rows: CellValue[][] = [];
    const formulas: Record<string, string> = {};
    const put = (row: number, col: number, value: CellValue) => {
      if (value === null) return;
      (rows[row] ??= [])[col] = value;
    };
    for (const cell of sheet.plan ? plannedCells(sheet.plan) : []) {
      if (cell.formula) formulas[`${cell.row},${cell.col}`] = cell.formula;
      put(cell.row, cell.col, cell.value);
    }
    (sheet.rows ?? []).forEach((row, r) => row.forEach((text, c) => put(r, c, text)));
    for (const [key, write] of sheet.overrides) {
      const row = Math.floor(key / ROW_STRIDE);
      const col = key % ROW_STRIDE;
      if (write.value === null) {
        if (rows[row]) rows[row][col] = null;
      } else put(row, col, write.value);
    }
    const merges: CellRange[] = (sheet.plan?.merges ?? []).map((m) => ({ ...m }));
    // The covered cells of a merge read empty, as Excel shows them.
    for (const m of merges)
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && rows[r]) rows[r][c] = null;
    const grid = Array.from(rows, (r) => (r ? Array.from(r, (v) => v ?? null) : []));
    while (grid.length && grid[grid.length - 1].every((v) => v === null)) grid.pop();
    const snapshot: SheetSnapshot = { name: sheet.name, visibility: sheet.state, rows: grid, merges };
    if (Object.keys(formulas).length) snapshot.formulas = formulas;
    return snapshot;
  }

  async createSheet(plan: SheetPlan, options: { replace?: boolean; activate?: boolean } = {}): Promise<void> {
    const existing = this.find(plan.sheetName);
    if (existing && !options.replace) throw new WorkbookError("sheet-exists", { detail: { sheet: existing.name, file: this.fileName } });
    const sheet = this.place(existing, { name: plan.sheetName, state: plan.veryHidden ? "veryHidden" : "visible", plan, overrides: new Map() });
    if (options.activate) this.active = sheet;
  }

  async writeCells(sheetName: string, writes: CellWrite[]): Promise<void> {
    const sheet = this.sheet(sheetName);
    for (const write of writes) sheet.overrides.set(positionKey(write.row, write.col), { value: write.value, ...(write.numberFormat ? { numberFormat: write.numberFormat } : {}) });
  }

  async readBindings(): Promise<TemplateBinding[]> {
    const metadata = this.find(METADATA_SHEET);
    return metadata ? rowsToBindings((await this.readSheet(metadata.name)).rows) : [];
  }

  async writeBinding(binding: TemplateBinding): Promise<void> {
    const rows = bindingsToRows(upsertBinding(await this.readBindings(), binding));
    // Very hidden: not listed under Excel's 取消隐藏, so a clerk does not delete it by accident.
    this.place(this.find(METADATA_SHEET), { name: METADATA_SHEET, state: "veryHidden", rows, overrides: new Map() });
  }

  /** The workbook as .xlsx bytes, in one buffer (see toPieces). */
  async toBytes(): Promise<Uint8Array> {
    return joinPieces(await this.toPieces());
  }

  /**
   * The workbook as .xlsx bytes, in the pieces the file is made of (see zipPieces), for writing them to a
   * file one after the other: each sheet's XML is written and compressed in turn, then the shared
   * parts, each part into the buffers its packer gives and handed back to it piece by piece (see
   * Packer), so that only the compressed pieces are kept.
   */
  async toPieces(): Promise<Uint8Array[]> {
    const parts: SheetParts = { strings: new SharedStrings(), styles: new StyleTable() };
    const packed: Promise<PackedEntry>[] = [];
    /** A part written into a sink of its own, packed as it goes. */
    const addWritten = (name: string, write: (sink: Utf8Sink) => void) => {
      const part = this.packer.openPart();
      const sink = new Utf8Sink(part);
      write(sink);
      packed.push(part.finish(sink.bytes()).then((done) => ({ name, ...done })));
    };
    const add = (name: string, xml: string) => addWritten(name, (sink) => sink.write(xml));
    const active = this.openingSheet();
    this.sheets.forEach((sheet, i) =>
      addWritten(`xl/worksheets/sheet${i + 1}.xml`, (sink) => {
        if (sheet.plan) writePlannedSheet(sink, sheet.plan, sheet.overrides, sheet === active, parts);
        else writePlainSheet(sink, sheet.rows ?? [], parts);
      }),
    );
    add("[Content_Types].xml", contentTypesXml(this.sheets.length));
    add("_rels/.rels", rootRelsXml());
    add("docProps/core.xml", corePropsXml("汇报通", this.created, ""));
    add("docProps/app.xml", appPropsXml());
    add("xl/workbook.xml", workbookXml(this.sheets.map((s) => ({ name: s.name, state: s.state, ...(s.plan ? { print: s.plan.print } : {}) })), active ? this.sheets.indexOf(active) : 0));
    add("xl/_rels/workbook.xml.rels", workbookRelsXml(this.sheets.length));
    add("xl/styles.xml", parts.styles.toXml());
    addWritten("xl/sharedStrings.xml", (sink) => parts.strings.writeTo(sink));
    return zipPieces(await Promise.all(packed));
  }

  /** The sheet Excel opens on: the one activated, unless hidden (Excel calls such a file damaged), then the first visible. */
  private openingSheet(): HeldSheet | undefined {
    if (this.active?.state === "visible" && this.sheets.includes(this.active)) return this.active;
    return this.sheets.find((s) => s.state === "visible");
  }

  /** Excel's sheet names are case-insensitive; an exact match wins. */
  private find(name: string): HeldSheet | undefined {
    return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A sheet in place of an old one (keeping its place among the tabs), or added last. */
  private place(old: HeldSheet | undefined, sheet: HeldSheet): HeldSheet {
    const at = old ? this.sheets.indexOf(old) : -1;
    if (at >= 0) this.sheets[at] = sheet;
    else this.sheets.push(sheet);
    if (old && this.active === old) this.active = sheet;
    return sheet;
  }

  private sheet(name: string): HeldSheet {
    const sheet = this.find(name);
    if (!sheet) throw new WorkbookError("sheet-not-found", { detail: { sheet: name, file: this.fileName } });
    return sheet;
  }
}
