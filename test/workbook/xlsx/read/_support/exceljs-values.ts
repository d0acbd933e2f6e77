import { ValueType, Workbook } from "exceljs";
import type { CellValue as ExcelJsValue } from "exceljs";
import type { CellValue } from "../../../../../src/core/sheet";

/** What ExcelJS reads from the same bytes, in the shape of the reader's snapshots (for comparison). */
export interface ExcelJsSheet {
  name: string;
  state: string;
  rows: CellValue[][];
  formulas: Record<string, string>;
}

export async function readWithExcelJs(bytes: Uint8Array): Promise<ExcelJsSheet[]> {
  const book = new Workbook();
  await book.xlsx.load(bytes as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  return book.worksheets.map((ws) => {
    const rows: CellValue[][] = [];
    const formulas: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ValueType.Merge) return;
        const formula = cell.formula;
        if (formula) formulas[`${r - 1},${c - 1}`] = `=${formula}`;
        const value = plain(cell.value);
        if (value === null) return;
        const target = (rows[r - 1] ??= []);
        target[c - 1] = value;
      });
    });
    return { name: ws.name, state: ws.state, rows: fillGaps(rows), formulas };
  });
}

function plain(value: ExcelJsValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean" || value instanceof Date) return value;
  if ("error" in value) return { error: value.error };
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value) return plain((value as { result?: ExcelJsValue }).result ?? null);
  if ("text" in value) return plain(value.text as ExcelJsValue);
  return null;
}

/** Sparse ExcelJS rows to the reader's shape: empty rows as [], holes as null, no trailing nulls. */
export function fillGaps(rows: CellValue[][]): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const filled: CellValue[] = [];
    for (let c = 0; c < row.length; c++) filled.push(row[c] ?? null);
    while (filled.length > 0 && filled[filled.length - 1] === null) filled.pop();
    out.push(filled);
  }
  while (out.length > 0 && out[out.length - 1].length === 0) out.pop();
  return out;
}
