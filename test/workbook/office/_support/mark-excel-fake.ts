/* eslint-disable @typescript-eslint/no-explicit-any -- office-addin-mock objects are untyped by design */
import { OfficeMockObject } from "office-addin-mock";
import { cellAddress } from "../../../../src/core/sheet";
import { HOSTS, StrictExcel, officeError, versionAtLeast, type ExcelRunLike, type HostProfile } from "../../../_support/strict-excel/strict-excel";

/**
 * An Excel for the finding markers, on office-addin-mock: every object the marker reads (sheets,
 * protection, cell fills, notes, threaded comments, the marks sheet's values) is an OfficeMockObject
 * under `mock.context`, so a property read before `load` + `context.sync()` is the mock's error
 * string. Writes (fills, notes, comments, values, visibility) land on plain per-cell state when they
 * are queued; Excel would refuse them on a protected sheet, and so does this fake (AccessDenied).
 * Every batch runs through StrictExcel (test/_support/strict-excel): members above the host's
 * requirement set (pattern 1.9, comments 1.10, notes 1.18) fail as Excel fails them.
 */

export interface MarkSheetSeed {
  name: string;
  visibility?: string;
  protected?: boolean;
  /** RRGGBB by A1 address; a cell not listed has no fill. */
  fills?: Record<string, string>;
  values?: Record<string, string | number>;
  notes?: Record<string, string>;
}

export interface FakeComment {
  sheet: string;
  cell: string;
  content: string;
  deleted: boolean;
}

const NOT_LOADED = /^Error, /;

export class MarkSheet {
  name: string;
  visibility: string;
  protected: boolean;
  readonly fills = new Map<string, string>();
  readonly values = new Map<string, string | number>();
  readonly formats = new Map<string, string>();
  readonly notes = new Map<string, string>();
  readonly protectCalls: unknown[] = [];
  unprotectCalls = 0;
  readonly options = { allowFormatColumns: true, allowAutoFilter: false, selectionMode: "Normal" };

  constructor(seed: MarkSheetSeed) {
    this.name = seed.name;
    this.visibility = seed.visibility ?? "Visible";
    this.protected = seed.protected ?? false;
    for (const [cell, fill] of Object.entries(seed.fills ?? {})) this.fills.set(cell, fill);
    for (const [cell, value] of Object.entries(seed.values ?? {})) this.values.set(cell, value);
    for (const [cell, note] of Object.entries(seed.notes ?? {})) this.notes.set(cell, note);
  }

  /** Excel refuses to format, annotate or write a protected sheet. */
  guard(what: string): void {
    if (this.protected) throw officeError("AccessDenied", `${what} on protected sheet ${this.name}`);
  }

  /** The values from A1 as rows, as a used range (values only) would give them. */
  rows(): (string | number)[][] {
    const out: (string | number)[][] = [];
    for (const [cell, value] of this.values) {
      const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
      const row = Number(m[2]) - 1;
      const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      (out[row] ??= [])[col] = value;
    }
    const width = Math.max(0, ...out.map((r) => r?.length ?? 0));
    return Array.from(out, (r) => Array.from({ length: width }, (_, c) => r?.[c] ?? ""));
  }
}

type Mock = OfficeMockObject & Record<string, any>;

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * A proxy over a mock that reports assignments by path ("format.fill.color"), however deep, at the
 * moment they are queued. Nested mocks are wrapped when reached, so the mock's own bookkeeping at
 * sync (which re-links child objects) does not lose the watch.
 */
function watch(raw: Mock, onSet: (path: string, value: unknown) => void, prefix = ""): Mock {
  return new Proxy(raw, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (value instanceof OfficeMockObject && typeof prop === "string" && !prop.startsWith("_")) return watch(value as Mock, onSet, `${prefix}${prop}.`);
      return value;
    },
    set(target, prop, value) {
      const isMock = value instanceof OfficeMockObject;
      if (typeof prop === "string" && !isMock && !(typeof value === "string" && NOT_LOADED.test(value))) onSet(prefix + prop, value);
      (target as any)[prop] = value;
      return true;
    },
  });
}

export class MarkExcelFake {
  readonly sheets: MarkSheet[];
  readonly comments: FakeComment[] = [];
  readonly mock: Mock;
  readonly strict: StrictExcel;
  private next = 0;
  /** Where each range handed out sits, for `comments.add(range, …)`. */
  private readonly places = new WeakMap<object, { sheet: MarkSheet; cell: string }>();

  constructor(seeds: MarkSheetSeed[], options: { host?: HostProfile; api?: string; comments?: { sheet: string; cell: string; content: string }[] } = {}) {
    const host = options.host ?? (options.api ? { ...HOSTS.newest, name: options.api, api: options.api } : HOSTS.newest);
    this.strict = new StrictExcel(host);
    this.sheets = seeds.map((s) => new MarkSheet(s));
    // A clerk's own annotation is whatever this Excel offers: a note, or a threaded comment before 1.18.
    if (!versionAtLeast(host.api, "1.18")) {
      for (const sheet of this.sheets) {
        for (const [cell, content] of sheet.notes) this.comments.push({ sheet: sheet.name, cell, content, deleted: false });
        sheet.notes.clear();
      }
    }
    for (const c of options.comments ?? []) this.comments.push({ ...c, deleted: false });
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the seed's functions run with the mock as `this`
    const fake = this;
    const workbook: Record<string, unknown> = {
      worksheets: {
        items: [],
        load(this: Mock) {
          this["setValue"]("items", fake.sheets.map((s) => ({ name: s.name })));
          OfficeMockObject.prototype.load.call(this, "items");
          return this;
        },
        getItem: (name: string) => {
          const sheet = fake.find(name);
          if (!sheet) throw officeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
          return fake.sheetMock(sheet);
        },
        getItemOrNullObject: (name: string) => {
          const sheet = fake.find(name);
          return sheet ? fake.sheetMock(sheet) : fake.nullObject();
        },
        add: (name: string) => {
          const sheet = new MarkSheet({ name });
          fake.sheets.push(sheet);
          return fake.sheetMock(sheet);
        },
      },
    };
    {
      workbook.comments = {
        items: [],
        load(this: Mock, what = "") {
          const items = fake.comments.filter((c) => !c.deleted).map((c) => fake.commentMock(c));
          this["setValue"]("items", items);
          OfficeMockObject.prototype.load.call(this, "items");
          // "items/content" loads each comment's text, as Excel does.
          for (const path of String(what).split(",")) if (path.trim().startsWith("items/")) for (const item of items) item.load(path.trim().slice(6));
          return this;
        },
        add: (range: object | string, content: string) => {
          const place = typeof range === "string" ? undefined : fake.places.get(range);
          if (!place) throw officeError("InvalidArgument", "a comment needs a cell");
          place.sheet.guard("comment");
          if (fake.comments.some((c) => !c.deleted && c.sheet === place.sheet.name && c.cell === place.cell)) throw officeError("InvalidArgument", "the cell has a comment");
          fake.comments.push({ sheet: place.sheet.name, cell: place.cell, content, deleted: false });
        },
      };
    }
    this.mock = new OfficeMockObject({
      context: { workbook },
    }) as Mock;
  }

  /** The same workbook opened in another Excel (a colleague's older one, or after an update). */
  openIn(host: HostProfile): void {
    (this as { strict: StrictExcel }).strict = new StrictExcel(host);
  }

  /** `Excel.run` as the adapter expects it (see StrictExcel.excelRun). */
  get run(): ExcelRunLike {
    return this.strict.excelRun(this.mock.context);
  }

  get isSetSupported(): (name: string, version: string) => boolean {
    return this.strict.isSetSupported;
  }

  sheet(name: string): MarkSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** A sheet's notes and live threaded comments, by cell: what the clerk sees on the cells. */
  notesOf(sheetName: string): Map<string, string> {
    const sheet = this.sheet(sheetName);
    const out = new Map(sheet.notes);
    for (const c of this.comments) if (!c.deleted && c.sheet === sheet.name) out.set(c.cell, c.content);
    return out;
  }

  /** The clerk edits a cell's note, or its comment where this Excel has no notes. */
  annotate(sheetName: string, cell: string, content: string): void {
    const sheet = this.sheet(sheetName);
    const comment = this.comments.find((c) => !c.deleted && c.sheet === sheet.name && c.cell === cell);
    if (comment) comment.content = content;
    else sheet.notes.set(cell, content);
  }

  /** Live comments as "sheet!cell" → content. */
  commentTexts(): Record<string, string> {
    return Object.fromEntries(this.comments.filter((c) => !c.deleted).map((c) => [`${c.sheet}!${c.cell}`, c.content]));
  }

  private find(name: string): MarkSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A new mock object under the context, so `context.sync()` completes its loads. */
  private child(data: Record<string, unknown>): Mock {
    const key = `obj:${this.next++}`;
    const context = this.mock.context as Mock;
    context["addMock"](key);
    const raw = context[key] as Mock;
    raw["populate"](data);
    raw.isNullObject = false;
    return raw;
  }

  private nullObject(): Mock {
    const raw = new OfficeMockObject({ name: "", content: "", values: [], address: "" }) as Mock;
    raw.isNullObject = true;
    return raw;
  }

  private sheetMock(sheet: MarkSheet): Mock {
    const data: Record<string, unknown> = {
      name: sheet.name,
      visibility: sheet.visibility,
      protection: {
        protected: sheet.protected,
        protect: (options: unknown) => {
          sheet.protectCalls.push(options);
          sheet.protected = true;
        },
        unprotect: () => {
          sheet.unprotectCalls++;
          sheet.protected = false;
        },
      },
      getRange: (address?: string) => (address ? this.cellRange(sheet, address) : this.wholeSheet(sheet)),
      getRangeByIndexes: (top: number, left: number, rows: number, cols: number) => this.block(sheet, top, left, rows, cols),
      getUsedRangeOrNullObject: () => {
        const rows = sheet.rows();
        return rows.length === 0 ? this.nullObject() : this.child({ values: rows });
      },
    };
    {
      data.notes = {
        getItemOrNullObject: (cell: string) => (sheet.notes.has(cell) ? this.noteMock(sheet, cell) : this.nullObject()),
        add: (cell: string, content: string) => {
          sheet.guard("note");
          if (sheet.notes.has(cell)) throw officeError("InvalidArgument", `${cell} has a note`);
          sheet.notes.set(cell, content);
        },
      };
    }
    const raw = this.child(data);
    // Plain options (not a mock): protect() is handed back what was loaded.
    raw.protection["setValue"]("options", { ...sheet.options });
    return watch(raw, (path, value) => {
      if (path === "visibility") sheet.visibility = String(value);
    });
  }

  private noteMock(sheet: MarkSheet, cell: string): Mock {
    const raw = this.child({
      content: sheet.notes.get(cell),
      delete: () => {
        sheet.guard("note delete");
        sheet.notes.delete(cell);
      },
    });
    return watch(raw, (path, value) => {
      if (path !== "content") return;
      sheet.guard("note edit");
      sheet.notes.set(cell, String(value));
    });
  }

  private commentMock(comment: FakeComment): Mock {
    const raw = this.child({
      content: comment.content,
      delete: () => {
        this.sheet(comment.sheet).guard("comment delete");
        comment.deleted = true;
      },
      getLocation: () => this.child({ address: `${quoteSheet(comment.sheet)}!${comment.cell}` }),
    });
    return watch(raw, (path, value) => {
      if (path !== "content") return;
      this.sheet(comment.sheet).guard("comment edit");
      comment.content = String(value);
    });
  }

  private cellRange(sheet: MarkSheet, cell: string): Mock {
    const fill: Record<string, unknown> = {
      color: sheet.fills.has(cell) ? "#" + sheet.fills.get(cell) : "#FFFFFF",
      clear: () => {
        sheet.guard("fill");
        sheet.fills.delete(cell);
      },
    };
    fill.pattern = sheet.fills.has(cell) ? "Solid" : "None";
    const raw = this.child({
      address: `${quoteSheet(sheet.name)}!${cell}`,
      values: [[sheet.values.get(cell) ?? ""]],
      numberFormat: [[sheet.formats.get(cell) ?? "General"]],
      format: { fill },
    });
    const range = watch(raw, (path, value) => {
      if (path === "format.fill.color") {
        sheet.guard("fill");
        sheet.fills.set(cell, String(value).replace(/^#/, "").toUpperCase());
      } else if (path === "values" || path === "numberFormat") {
        sheet.guard("write");
        const v = (value as unknown[][])[0][0];
        if (path === "values") sheet.values.set(cell, v as string | number);
        else sheet.formats.set(cell, String(v));
      }
    });
    this.places.set(range, { sheet, cell });
    return range;
  }

  private wholeSheet(sheet: MarkSheet): Mock {
    return this.child({
      clear: () => {
        sheet.guard("clear");
        sheet.values.clear();
      },
    });
  }

  private block(sheet: MarkSheet, top: number, left: number, rows: number, cols: number): Mock {
    const raw = this.child({ rowIndex: top, columnIndex: left, rowCount: rows, columnCount: cols });
    return watch(raw, (path, value) => {
      if (path !== "values" && path !== "numberFormat") return;
      sheet.guard("write");
      (value as unknown[][]).forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = cellAddress(top + r, left + c);
          if (path === "values") {
            if (v === "" || v === null) sheet.values.delete(cell);
            else sheet.values.set(cell, v as string | number);
          } else sheet.formats.set(cell, String(v));
        }),
      );
    });
  }
}
