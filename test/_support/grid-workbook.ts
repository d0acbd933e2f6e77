import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/sheet";
import { PYTHON } from "./openpyxl";

/** A sheet drawn cell by cell, as an office draws its form in Excel: values, merged ranges ("A2:E2") and formulas by address. */
export interface GridSheet {
  name: string;
  rows: CellValue[][];
  merges?: string[];
  /** Formulas by A1 address ("D7": "=D8+D9"), written with no cached result. */
  formulas?: Record<string, string>;
}

/** A real .xlsx of these sheets written by ExcelJS (no template binding: a file as an office or a unit makes it). */
export async function writeGridWorkbook(path: string, sheets: readonly GridSheet[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, r) =>
      cells.forEach((value, c) => {
        if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
      }),
    );
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    for (const [address, formula] of Object.entries(sheet.formulas ?? {})) ws.getCell(address).value = { formula: formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  }
  await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

const OPENPYXL_FILL = `
import json, sys, openpyxl
for job in json.load(sys.stdin):
    book = openpyxl.load_workbook(job["file"])
    sheet = book[job["sheet"]]
    for address, value in job["cells"].items():
        sheet[address] = value
    book.save(job["file"])
`;

/** A workbook file to fill: the sheet, and values by A1 address. */
export interface FillJob {
  file: string;
  sheet: string;
  cells: Record<string, string | number>;
}

/**
 * Writes the given cells into each workbook with openpyxl and saves it, as a unit's script would: the
 * form's formulas lose their cached results. Returns what python printed on stderr ("" when all went well).
 */
export function fillWithOpenpyxl(jobs: readonly FillJob[]): string {
  return spawnSync(PYTHON, ["-c", OPENPYXL_FILL], { input: JSON.stringify(jobs), encoding: "utf8" }).stderr;
}

const OPENPYXL_WRITE = `
import json, sys, openpyxl
job = json.load(sys.stdin)
book = openpyxl.Workbook()
book.remove(book.active)
for sheet in job["sheets"]:
    ws = book.create_sheet(sheet["name"])
    for r, cells in enumerate(sheet["rows"]):
        for c, value in enumerate(cells):
            if value is not None:
                ws.cell(row=r + 1, column=c + 1, value=value)
    for address, formula in (sheet.get("formulas") or {}).items():
        ws[address] = formula
    for merged in sheet.get("merges") or []:
        ws.merge_cells(merged)
book.save(job["file"])
`;

/**
 * The same sheets written by openpyxl, as scripts and office systems write them: every formula kept
 * with no cached result (Excel computes it when the file is opened; a reader of the file sees none).
 */
export function writeGridWorkbookWithOpenpyxl(path: string, sheets: readonly GridSheet[]): void {
  const plain = sheets.map((s) => ({ ...s, rows: s.rows.map((cells) => cells.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))) }));
  const run = spawnSync(PYTHON, ["-c", OPENPYXL_WRITE], { input: JSON.stringify({ file: path, sheets: plain }), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
}
