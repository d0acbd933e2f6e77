import { spawnSync } from "node:child_process";
import { cellAddress } from "../../src/core/sheet";
import { PYTHON } from "./openpyxl";

/**
 * Forms drawn the way offices draw them in Excel — a title above the head, header lines (填报单位（盖章）
 * merged across the row, 截止时间 in a cell of its own), merged two-row heads, 斜线 head cells, units in
 * a 计量单位 column or inside labels and heads, 其中 rows by prefix, spaces, indentation or numbering, a
 * 合计 row, formulas, notes and signatures below — written by openpyxl (an independent writer, leaving
 * every formula without a cached result), with each unit's figures. The figures a unit types are kept
 * by (row·column) name, so a test can add them up on its own.
 */


export interface DrawnCell {
  a: string;
  v?: string | number;
  f?: string;
  indent?: number;
}

export interface Drawing {
  file: string;
  sheet: string;
  cells: DrawnCell[];
  merges: string[];
}

const DRAW = `
import json, sys, openpyxl
from openpyxl.styles import Alignment
for job in json.load(sys.stdin):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = job["sheet"]
    for c in job["cells"]:
        cell = sheet[c["a"]]
        if "f" in c:
            cell.value = "=" + c["f"]
        elif "v" in c:
            cell.value = c["v"]
        if c.get("indent"):
            cell.alignment = Alignment(indent=c["indent"])
    for m in job["merges"]:
        sheet.merge_cells(m)
    book.save(job["file"])
`;

/** Writes each drawing to its file with openpyxl; throws with Python's words when it fails. */
export function drawWithOpenpyxl(drawings: readonly Drawing[]): void {
  const run = spawnSync(PYTHON, ["-c", DRAW], { input: JSON.stringify(drawings), encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
}

/** A sheet being drawn, by 0-based row and column. */
export class SheetDrawing {
  readonly cells: DrawnCell[] = [];
  readonly merges: string[] = [];

  put(row: number, col: number, value: string | number | null | undefined, extra: { indent?: number } = {}): void {
    if (value === null || value === undefined) return;
    this.cells.push({ a: cellAddress(row, col), v: value, ...extra });
  }

  formula(row: number, col: number, formula: string): void {
    this.cells.push({ a: cellAddress(row, col), f: formula });
  }

  merge(top: number, left: number, bottom: number, right: number, value?: string): void {
    if (value !== undefined) this.put(top, left, value);
    this.merges.push(`${cellAddress(top, left)}:${cellAddress(bottom, right)}`);
  }

  toDrawing(file: string, sheet: string): Drawing {
    return { file, sheet, cells: this.cells, merges: this.merges };
  }
}

/** A unit's figure for the i-th row and j-th column: whole, or with two decimals where the row's unit has parts. */
export function figure(u: number, i: number, j: number, decimals: boolean): number {
  const base = 12 + ((i * 13 + j * 7 + u * 11) % 41);
  return decimals ? Number((base + 0.25 * (u + 1) + 0.01 * i).toFixed(2)) : base;
}

/** A part of a total: its share, never more than the total (so every 其中 holds). */
export function partOf(total: number, parts: number, decimals: boolean): number {
  const share = total / (parts + 1);
  return decimals ? Math.floor(share * 100) / 100 : Math.floor(share);
}

/** Sums of what each unit typed, by name, added up here and nowhere else. */
export class IndependentSums {
  readonly sums = new Map<string, number>();

  add(name: string, value: number): void {
    this.sums.set(name, (this.sums.get(name) ?? 0) + value);
  }

  get(name: string): number {
    const value = this.sums.get(name);
    if (value === undefined) throw new Error(`no figure was typed for ${name}`);
    return value;
  }
}
