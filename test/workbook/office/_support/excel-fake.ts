/* eslint-disable @typescript-eslint/no-explicit-any -- office-addin-mock objects are untyped by design */
import { OfficeMockObject } from "office-addin-mock";
import { cellAddress, parseCellAddress } from "../../../../src/core/sheet";
import { HOSTS, READ_LIMIT_CELLS, StrictExcel, officeError, type ExcelRunLike, type HostProfile } from "../../../_support/strict-excel/strict-excel";

export { officeError } from "../../../_support/strict-excel/strict-excel";

/**
 * A small Excel built on office-addin-mock: the objects the adapter touches (worksheets, ranges,
 * formats, protection, freeze panes, page layout, data validation) are OfficeMockObjects in one tree
 * under `mock.context`, so `load` and `context.sync()` behave as the mock defines (a property read
 * before load + sync is an error string). What office-addin-mock cannot do by itself — remember what
 * was written to which cell, in order — is added here: ranges are wrapped so assignments to
 * `values`, `numberFormat` and `formulas` are logged and replayed onto a cell grid, the way Excel
 * would apply a batch (including turning "=…" text into a formula unless the cell is formatted "@").
 * Every batch runs through StrictExcel (test/_support/strict-excel), which refuses what real Excel
 * refuses: members above the host's requirement set, requests and responses over 5 MB; this fake adds
 * the rules about its own objects (a very hidden sheet cannot be deleted, a multi-area selection has
 * no single selected range, reads over five million cells come back null).
 */

export type Seeded = string | number | boolean | null | { error: string };

export interface SheetSeed {
  name: string;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  /** Values from A1; null is an empty cell. */
  cells?: Seeded[][];
  /** Number formats by "r,c". */
  formats?: Record<string, string>;
  /** Formulas by "r,c" (with "="); the value in `cells` is the cached result. */
  formulas?: Record<string, string>;
  /** RangeAreas.address of the merged areas already on the sheet. */
  mergedAddress?: string;
  protected?: boolean;
}

export interface FakeCell {
  value: string | number | boolean | null;
  error?: string;
  formula?: string;
  numberFormat: string;
}

export interface FakeOptions {
  /** The host played (default: the newest set, with the manifest's floor). */
  host?: HostProfile;
  /** Shorthand for a host with this ExcelApi version and the manifest's floor. */
  api?: string;
}

type Mock = OfficeMockObject & Record<string, any>;


interface RangeRecord {
  sheet: FakeSheet;
  top: number;
  left: number;
  rows: number;
  cols: number;
  /** "B:D" or "3:5" for whole columns or rows. */
  address: string;
  raw: Mock;
  merged: boolean;
  /** Conditional formats added on the range ("DataBar"). */
  conditionalFormats: string[];
  /** The arrays seeded for reading, so replay can tell them from written ones. */
  seeded: Record<string, unknown>;
}

type LogEntry = { kind: "set"; range: RangeRecord; prop: "values" | "numberFormat" | "formulas"; value: unknown } | { kind: "clear"; sheet: FakeSheet };

const NOT_LOADED = /^Error, /;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export class FakeSheet {
  readonly id: string;
  name: string;
  readonly cells = new Map<string, FakeCell>();
  readonly ranges: RangeRecord[] = [];
  readonly seededMerges: string;
  raw!: Mock;
  deleted = false;
  activations = 0;
  protectCalls: unknown[] = [];
  unprotectCalls = 0;
  freeze: { rows?: number; columns?: number; at?: string } = {};
  printTitleRows?: string;
  printTitleColumns?: string;
  /** Cells before which page breaks were added. */
  pageBreaks: string[] = [];
  selected?: string;

  constructor(seed: SheetSeed, id: string) {
    this.id = id;
    this.name = seed.name;
    this.visibility = seed.visibility ?? "Visible";
    this.seededMerges = seed.mergedAddress ?? "";
    (seed.cells ?? []).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const key = `${r},${c}`;
        const cell: FakeCell = { value: null, numberFormat: seed.formats?.[key] ?? "General", formula: seed.formulas?.[key] };
        if (typeof v === "object") {
          cell.error = v.error;
          cell.value = v.error;
        } else cell.value = v;
        this.cells.set(key, cell);
      }),
    );
    for (const [key, format] of Object.entries(seed.formats ?? {})) {
      if (!this.cells.has(key)) this.cells.set(key, { value: null, numberFormat: format });
    }
  }

  /** Kept apart from the mock's property, which reads as an error string until loaded. */
  visibility: string;

  get isProtected(): boolean {
    return this.raw.protection.protected === true;
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }

  /** The value at an A1 address, formulas as their text. */
  at(address: string): string | number | boolean | null {
    const p = parseCellAddress(address)!;
    const cell = this.cell(p.row, p.col);
    return cell?.formula ?? cell?.value ?? null;
  }

  /** Format properties that reached a cell, from every range that covered it, in order. */
  formatAt(address: string): Record<string, unknown> {
    const p = parseCellAddress(address)!;
    const out: Record<string, unknown> = {};
    for (const r of this.ranges) {
      if (p.row < r.top || p.row >= r.top + r.rows || p.col < r.left || p.col >= r.left + r.cols) continue;
      const f = r.raw.format;
      for (const key of ["horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel"]) if (isSet(f[key])) out[key] = f[key];
      for (const key of ["name", "size", "bold", "color"]) if (isSet(f.font[key])) out[`font.${key}`] = f.font[key];
      if (isSet(f.fill.color)) out["fill"] = f.fill.color;
      if (isSet(f.protection.locked)) out["locked"] = f.protection.locked;
      for (const edge of ["EdgeTop", "EdgeLeft"]) if (f.borders[edge] && isSet(f.borders[edge].style)) out[edge] = f.borders[edge].style;
    }
    return out;
  }

  mergedAreas(): string[] {
    return this.ranges.filter((r) => r.merged).map((r) => rangeAddressOf(r));
  }

  /** Ranges that received a data validation rule. */
  validations(): { address: string; rule: any; prompt: any; errorAlert: any; ignoreBlanks: any }[] {
    return this.ranges
      .filter((r) => isSet(r.raw.dataValidation.rule))
      .map((r) => ({ address: rangeAddressOf(r), ...pick(r.raw.dataValidation, ["rule", "prompt", "errorAlert", "ignoreBlanks"]) }));
  }

  /** Whole-column or whole-row ranges and the width/height set on them. */
  sizes(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.ranges) {
      if (isSet(r.raw.format.columnWidth)) out[r.address] = r.raw.format.columnWidth;
      if (isSet(r.raw.format.rowHeight)) out[r.address] = r.raw.format.rowHeight;
    }
    return out;
  }

  usedBox(): { top: number; left: number; bottom: number; right: number } | undefined {
    let box: { top: number; left: number; bottom: number; right: number } | undefined;
    for (const [key, cell] of this.cells) {
      if (cell.value === null && !cell.formula) continue;
      const [r, c] = key.split(",").map(Number);
      box = box
        ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    }
    return box;
  }
}

function isSet(v: unknown): boolean {
  return v !== undefined && !(typeof v === "string" && NOT_LOADED.test(v));
}

function pick(obj: any, keys: string[]): any {
  return Object.fromEntries(keys.map((k) => [k, obj[k]]));
}

function rangeAddressOf(r: RangeRecord): string {
  if (r.address) return r.address;
  const start = cellAddress(r.top, r.left);
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${cellAddress(r.top + r.rows - 1, r.left + r.cols - 1)}`;
}

/** "A1", "B2:D4", "B:D" or "3:5" as a rectangle; whole columns/rows keep their address. */
function parseAddress(address: string): { top: number; left: number; rows: number; cols: number; whole?: string } {
  const [from, to = from] = address.split(":");
  if (/^[A-Z]+$/.test(from)) return { top: 0, left: parseCellAddress(from + "1")!.col, rows: 0, cols: parseCellAddress(to + "1")!.col - parseCellAddress(from + "1")!.col + 1, whole: address };
  if (/^\d+$/.test(from)) return { top: Number(from) - 1, left: 0, rows: Number(to) - Number(from) + 1, cols: 0, whole: address };
  const a = parseCellAddress(from)!;
  const b = parseCellAddress(to)!;
  return { top: a.row, left: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

export class ExcelFake {
  readonly sheets: FakeSheet[] = [];
  readonly mock: Mock;
  readonly strict: StrictExcel;
  /** Each area of the clerk's selection on the active sheet ("B2:C3"); several after Ctrl+click. */
  selection: string[] = ["A1"];
  private readonly log: LogEntry[] = [];
  private nextId = 1;
  private applied = 0;
  private failures: string[] = [];
  private activeId: string | undefined;
  private handlers: ((event: { worksheetId: string; type: string }) => Promise<unknown>)[] = [];
  /** Every `run` call, including the ones made to fail. */
  runs = 0;

  constructor(seeds: SheetSeed[] = [{ name: "Sheet1" }], options: FakeOptions = {}) {
    const host = options.host ?? (options.api ? { ...HOSTS.newest, name: options.api, api: options.api } : HOSTS.newest);
    this.strict = new StrictExcel(host);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the seed's functions run with the mock as `this`
    const fake = this;
    this.mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            items: [],
            load(this: Mock) {
              this["setValue"](
                "items",
                fake.liveSheets().map((s) => ({ name: s.name, visibility: s.visibility })),
              );
              OfficeMockObject.prototype.load.call(this, "items");
              return this;
            },
            getItem: (key: string) => {
              const sheet = fake.find(key);
              if (!sheet) throw officeError("ItemNotFound", `The requested resource doesn't exist: ${key}`);
              return sheet.raw;
            },
            getItemOrNullObject: (name: string) => fake.find(name)?.raw ?? fake.nullObject(),
            add: (name: string) => {
              if (fake.find(name)) throw officeError("ItemAlreadyExists", `A sheet named ${name} exists`);
              return fake.addSheet({ name }).raw;
            },
            getActiveWorksheet: () => fake.activeSheet().raw,
            onActivated: {
              add: (handler: (event: { worksheetId: string; type: string }) => Promise<unknown>) => {
                fake.handlers.push(handler);
                const context = fake.strict.current;
                return {
                  context,
                  remove: () => {
                    if (fake.strict.current !== context) return fake.strict.fail("InvalidOperation", "an event handler is removed in the RequestContext it was added with");
                    fake.handlers = fake.handlers.filter((h) => h !== handler);
                  },
                };
              },
            },
          },
          getSelectedRange: () => {
            if (fake.selection.length > 1) fake.strict.fail("InvalidSelection", "several ranges are selected");
            return fake.range(fake.activeSheet(), parseAddress(fake.selection[0]));
          },
          getActiveCell: () => {
            const first = parseAddress(fake.selection[0]);
            return fake.range(fake.activeSheet(), { top: first.top, left: first.left, rows: 1, cols: 1 });
          },
        },
      },
    }) as Mock;
    for (const seed of seeds) this.addSheet(seed);
  }

  /** `Excel.run` as the adapter expects it (see StrictExcel.excelRun). */
  get run(): ExcelRunLike {
    return this.strict.excelRun(this.mock.context, () => {
      this.runs++;
      const failure = this.failures.shift();
      if (failure) throw officeError(failure);
    });
  }

  /** The options of each `Excel.run(options, batch)`. */
  get runOptions(): unknown[] {
    return this.strict.runOptions;
  }

  get isSetSupported(): (name: string, version: string) => boolean {
    return this.strict.isSetSupported;
  }

  /** The next `count` runs fail with this OfficeExtension.Error code before doing anything. */
  failNextRuns(code: string, count: number): void {
    for (let i = 0; i < count; i++) this.failures.push(code);
  }

  sheet(name: string): FakeSheet {
    this.flush();
    const sheet = this.find(name);
    if (!sheet) throw new Error(`no sheet ${name}; sheets: ${this.liveSheets().map((s) => s.name).join(", ")}`);
    return sheet;
  }

  /** Sheet names in tab order, with the very hidden ones. */
  names(): string[] {
    return this.liveSheets().map((s) => s.name);
  }

  /** The clerk clicks another tab. */
  async activate(name: string): Promise<void> {
    const sheet = this.sheet(name);
    this.activeId = sheet.id;
    await Promise.all(this.handlers.map((h) => h({ worksheetId: sheet.id, type: "WorksheetActivated" })));
  }

  private activeSheet(): FakeSheet {
    return this.find(this.activeId ?? "") ?? this.liveSheets()[0];
  }

  get activeName(): string | undefined {
    return this.activeId ? this.find(this.activeId)?.name : undefined;
  }

  private liveSheets(): FakeSheet[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  private find(key: string): FakeSheet | undefined {
    return this.liveSheets().find((s) => s.name === key || s.id === key);
  }

  /** What an *OrNullObject method returns for nothing: loads succeed, `isNullObject` is true. */
  private nullObject(): Mock {
    const raw = new OfficeMockObject({
      name: "",
      position: 0,
      visibility: "",
      address: "",
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 0,
      columnCount: 0,
      values: [],
      valueTypes: [],
      numberFormat: [],
      formulas: [],
    }) as Mock;
    raw.isNullObject = true;
    return raw;
  }

  private addSheet(seed: SheetSeed): FakeSheet {
    this.flush();
    const sheet = new FakeSheet(seed, `{sheet-${this.nextId++}}`);
    const worksheets = this.mock.context.workbook.worksheets as Mock;
    const key = `sheet:${sheet.id}`;
    worksheets["addMock"](key);
    const raw = worksheets[key] as Mock;
    raw["populate"](this.sheetSeed(sheet, seed));
    raw.isNullObject = false;
    // Renames, moves and visibility changes are plain assignments; watch them through a proxy.
    sheet.raw = new Proxy(raw, {
      set: (target, prop, value) => {
        if (prop === "name" && !NOT_LOADED.test(String(value))) sheet.name = value;
        if (prop === "position" && typeof value === "number") this.move(sheet, value);
        if (prop === "visibility" && !NOT_LOADED.test(String(value))) sheet.visibility = value;
        target[prop as string] = value;
        return true;
      },
    });
    this.sheets.push(sheet);
    return sheet;
  }

  private move(sheet: FakeSheet, position: number): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    const live = this.liveSheets();
    const before = live[position];
    this.sheets.splice(before ? this.sheets.indexOf(before) : this.sheets.length, 0, sheet);
  }

  private sheetSeed(sheet: FakeSheet, seed: SheetSeed): Record<string, unknown> {
    return {
      name: seed.name,
      id: sheet.id,
      visibility: seed.visibility ?? "Visible",
      position: this.liveSheets().length,
      protection: {
        protected: seed.protected ?? false,
        options: { allowFormatColumns: true, allowAutoFilter: false, selectionMode: "Normal" },
        protect(this: Mock, options: unknown) {
          sheet.protectCalls.push(options);
          this.protected = true;
        },
        unprotect(this: Mock) {
          sheet.unprotectCalls++;
          this.protected = false;
        },
      },
      freezePanes: {
        freezeRows: (rows: number) => (sheet.freeze = { rows }),
        freezeColumns: (columns: number) => (sheet.freeze = { columns }),
        freezeAt: (range: Mock) => (sheet.freeze = { at: range.address }),
      },
      // paperSize, orientation and zoom stay plain properties: undefined until the adapter sets them.
      pageLayout: {
        setPrintTitleRows: (rows: string) => (sheet.printTitleRows = rows),
        setPrintTitleColumns: (columns: string) => (sheet.printTitleColumns = columns),
        headersFooters: { defaultForAllPages: {} },
      },
      horizontalPageBreaks: { add: (cell: string) => sheet.pageBreaks.push(cell) },
      getRange: (address?: string) => (address ? this.range(sheet, parseAddress(address)) : this.range(sheet, { top: 0, left: 0, rows: 1_048_576, cols: 16_384, whole: "" })),
      getRangeByIndexes: (top: number, left: number, rows: number, cols: number) => this.range(sheet, { top, left, rows, cols }),
      getUsedRangeOrNullObject: () => {
        this.flush();
        const box = sheet.usedBox();
        if (!box) return this.nullObject();
        return this.range(sheet, { top: box.top, left: box.left, rows: box.bottom - box.top + 1, cols: box.right - box.left + 1 });
      },
      activate: () => {
        sheet.activations++;
        this.activeId = sheet.id;
      },
      delete: () => {
        if (sheet.visibility === "VeryHidden") return this.strict.fail("InvalidOperation", `${sheet.name} is very hidden and cannot be deleted`);
        sheet.deleted = true;
      },
    };
  }

  /** A range mock under its sheet, seeded with what the cells hold now (for reading). */
  range(sheet: FakeSheet, at: { top: number; left: number; rows: number; cols: number; whole?: string }): Mock {
    this.flush();
    const read = this.readArrays(sheet, at);
    const key = `range:${sheet.ranges.length}`;
    if (sheet.raw[key] === undefined) sheet.raw["addMock"](key);
    const raw = sheet.raw[key] as Mock;
    const record: RangeRecord = { sheet, ...at, address: at.whole ?? "", raw, merged: false, conditionalFormats: [], seeded: read };
    raw["populate"]({
      address: `${quoteSheet(sheet.name)}!${rangeAddressOf(record)}`,
      rowIndex: at.top,
      columnIndex: at.left,
      rowCount: at.rows,
      columnCount: at.cols,
      ...read,
      format: { font: {}, fill: {}, protection: {}, borders: { getItem(this: Mock, edge: string) { if (this[edge] === undefined) this["addMock"](edge); return this[edge]; } } },
      dataValidation: {},
      conditionalFormats: { add: (type: string) => record.conditionalFormats.push(type) },
      merge: () => (record.merged = true),
      clear: () => this.log.push({ kind: "clear", sheet }),
      select: () => (sheet.selected = rangeAddressOf(record)),
      getMergedAreasOrNullObject: () => {
        const areas = [sheet.seededMerges, ...sheet.mergedAreas().map((a) => `${quoteSheet(sheet.name)}!${a}`)].filter(Boolean);
        if (areas.length === 0) return this.nullObject();
        if (sheet.raw[`merged:${key}`] === undefined) sheet.raw["addMock"](`merged:${key}`);
        const child = sheet.raw[`merged:${key}`] as Mock;
        child["populate"]({ address: areas.join(", ") });
        child.isNullObject = false;
        return child;
      },
    });
    raw.isNullObject = false;
    sheet.ranges.push(record);
    const oversized = at.whole === undefined && at.rows * at.cols > READ_LIMIT_CELLS;
    return new Proxy(raw, {
      get: (target, prop, receiver) => {
        const value = Reflect.get(target, prop, receiver);
        if (oversized && typeof prop === "string" && ["values", "valueTypes", "numberFormat", "formulas"].includes(prop) && !NOT_LOADED.test(String(value))) return null;
        return value;
      },
      set: (target, prop, value) => {
        if ((prop === "values" || prop === "numberFormat" || prop === "formulas") && !NOT_LOADED.test(String(value)) && value !== record.seeded[prop]) {
          this.log.push({ kind: "set", range: record, prop, value });
        }
        target[prop as string] = value;
        return true;
      },
    });
  }

  private readArrays(sheet: FakeSheet, at: { top: number; left: number; rows: number; cols: number; whole?: string }): Record<string, unknown> {
    if (at.whole !== undefined) return { values: [], valueTypes: [], numberFormat: [], formulas: [] };
    // performance.md: "a range is limited to five million cells for get operations".
    // (Populated as empty arrays, which the mock can hold; the range's proxy answers null once loaded.)
    if (at.rows * at.cols > READ_LIMIT_CELLS) return { values: [], valueTypes: [], numberFormat: [], formulas: [] };
    const grid = <T>(f: (cell: FakeCell | undefined) => T): T[][] =>
      Array.from({ length: at.rows }, (_, i) => Array.from({ length: at.cols }, (_, j) => f(sheet.cell(at.top + i, at.left + j))));
    return {
      values: grid((c) => c?.value ?? ""),
      valueTypes: grid((c) => (c?.error ? "Error" : c?.value === null || c?.value === undefined ? "Empty" : typeof c.value === "string" ? "String" : typeof c.value === "boolean" ? "Boolean" : "Double")),
      numberFormat: grid((c) => c?.numberFormat ?? "General"),
      formulas: grid((c) => c?.formula ?? c?.value ?? ""),
    };
  }

  /** Replay logged writes onto the cell grids, as Excel applies a batch: in order, cell by cell. */
  flush(): void {
    for (; this.applied < this.log.length; this.applied++) {
      const entry = this.log[this.applied];
      if (entry.kind === "clear") {
        for (const cell of entry.sheet.cells.values()) {
          cell.value = null;
          cell.formula = undefined;
          cell.error = undefined;
        }
        continue;
      }
      const { range, prop, value } = entry;
      const rows = value as unknown[][];
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === undefined) return;
          const key = `${range.top + i},${range.left + j}`;
          const cell = range.sheet.cells.get(key) ?? { value: null, numberFormat: "General" };
          range.sheet.cells.set(key, cell);
          if (prop === "numberFormat") cell.numberFormat = String(v);
          else if (prop === "formulas") writeFormula(cell, v);
          else writeValue(cell, v);
        }),
      );
    }
  }
}

function writeFormula(cell: FakeCell, v: unknown): void {
  if (v === "") return void Object.assign(cell, { value: null, formula: undefined, error: undefined });
  if (typeof v === "string" && v.startsWith("=")) Object.assign(cell, { value: null, formula: v, error: undefined });
  else writeValue(cell, v);
}

/** What Excel makes of typed input: "=…", "+…", "-…" and "@…" become formulas, numeric text a number — unless the cell is text ("@"). */
function writeValue(cell: FakeCell, v: unknown): void {
  cell.error = undefined;
  cell.formula = undefined;
  if (v === "") return void (cell.value = null);
  if (typeof v !== "string" || cell.numberFormat === "@") return void (cell.value = v as string | number | boolean);
  if (/^[=+\-@]/.test(v) && !PLAIN_NUMBER.test(v)) return void Object.assign(cell, { value: null, formula: v.startsWith("=") ? v : "=" + v });
  if (PLAIN_NUMBER.test(v)) return void (cell.value = Number(v));
  cell.value = v;
}
