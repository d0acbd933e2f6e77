import { plannedCells, type SheetPlan } from "../../src/core/layout";
import type { CellValue, SheetSnapshot, SheetVisibility } from "../../src/core/sheet";
import type { CellWrite, TemplateBinding, WorkbookPort } from "../../src/workbook/port";
import { WorkbookError } from "../../src/workbook/workbook-error";

interface FakeSheet {
  name: string;
  visibility: SheetVisibility;
  rows: CellValue[][];
}

/** An in-memory workbook behind the WorkbookPort, recording every call, for UI tests without Excel. */
export interface FakeWorkbookPort extends WorkbookPort {
  readonly sheets: FakeSheet[];
  readonly bindings: TemplateBinding[];
  readonly calls: {
    createSheet: Array<{ plan: SheetPlan; options?: { replace?: boolean; activate?: boolean } }>;
    writeCells: Array<{ sheetName: string; writes: CellWrite[] }>;
    writeBinding: TemplateBinding[];
    readSheet: string[];
  };
  /** The value a cell holds now (0-based). */
  cell(sheetName: string, row: number, col: number): CellValue;
  /** Make the next call of a method fail with this error. */
  failNext(method: keyof WorkbookPort, error: Error): void;
}

function put(rows: CellValue[][], row: number, col: number, value: CellValue): void {
  while (rows.length <= row) rows.push([]);
  while (rows[row].length <= col) rows[row].push(null);
  rows[row][col] = value;
}

export function fakeWorkbookPort(seed: { sheetNames?: string[] } = {}): FakeWorkbookPort {
  const sheets: FakeSheet[] = (seed.sheetNames ?? []).map((name) => ({ name, visibility: "visible", rows: [] }));
  const bindings: TemplateBinding[] = [];
  const failures = new Map<string, Error>();
  const calls: FakeWorkbookPort["calls"] = { createSheet: [], writeCells: [], writeBinding: [], readSheet: [] };
  const find = (name: string) => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const mustFind = (name: string) => {
    const sheet = find(name);
    if (!sheet) throw new WorkbookError("sheet-not-found", `no sheet ${name}`, { detail: { sheet: name } });
    return sheet;
  };
  const failIfAsked = (method: string) => {
    const error = failures.get(method);
    failures.delete(method);
    if (error) throw error;
  };

  return {
    sheets,
    bindings,
    calls,
    cell: (sheetName, row, col) => mustFind(sheetName).rows[row]?.[col] ?? null,
    failNext: (method, error) => void failures.set(method, error),
    async listSheets() {
      failIfAsked("listSheets");
      return sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
    },
    async readSheet(name) {
      failIfAsked("readSheet");
      calls.readSheet.push(name);
      const sheet = mustFind(name);
      const snapshot: SheetSnapshot = { name: sheet.name, visibility: sheet.visibility, rows: sheet.rows.map((r) => [...r]), merges: [] };
      return snapshot;
    },
    async createSheet(plan, options) {
      failIfAsked("createSheet");
      calls.createSheet.push({ plan, options });
      const existing = find(plan.sheetName);
      if (existing && !options?.replace)
        throw new WorkbookError("sheet-exists", `exists ${plan.sheetName}`, { detail: { sheet: existing.name } });
      const rows: CellValue[][] = [];
      for (const cell of plannedCells(plan)) put(rows, cell.row, cell.col, cell.value);
      if (existing) existing.rows = rows;
      else sheets.push({ name: plan.sheetName, visibility: "visible", rows });
    },
    async writeCells(sheetName, writes) {
      failIfAsked("writeCells");
      calls.writeCells.push({ sheetName, writes });
      const sheet = mustFind(sheetName);
      for (const w of writes) put(sheet.rows, w.row, w.col, w.value);
    },
    async readBindings() {
      failIfAsked("readBindings");
      return bindings.map((b) => ({ ...b }));
    },
    async writeBinding(binding) {
      failIfAsked("writeBinding");
      calls.writeBinding.push(binding);
      const at = bindings.findIndex((b) => b.sheetName === binding.sheetName);
      if (at >= 0) bindings.splice(at, 1, binding);
      else bindings.push(binding);
    },
  };
}
