import type { CellWrite } from "../../port";
import { toCellInput, type CellInput, type ExcelInput } from "./excel-values";
import { rectanglesOf } from "./rectangles";

/**
 * A rectangle of cells written with one `range.values` (and, when needed, one `range.numberFormat`
 * before it and one `range.formulas` after it). null inside any of the arrays leaves that cell's
 * property as it is (Office.js skips null inside a 2-D array).
 */
export interface CellBlock {
  top: number;
  left: number;
  values: (ExcelInput | null)[][];
  numberFormats?: (string | null)[][];
  formulas?: (string | null)[][];
}

/** Queue the blocks' writes on a sheet, format first: a cell formatted "@" keeps the text written next as text. */
export function queueBlocks(sheet: Excel.Worksheet, blocks: readonly CellBlock[]): void {
  for (const block of blocks) {
    const range = sheet.getRangeByIndexes(block.top, block.left, block.values.length, block.values[0].length);
    if (block.numberFormats) range.numberFormat = block.numberFormats;
    range.values = block.values;
    if (block.formulas) range.formulas = block.formulas;
  }
}

/**
 * Writes as rectangular blocks. A later write to the same cell wins, as it would if the writes
 * were applied one by one.
 */
export function blocksOf(writes: readonly CellWrite[]): CellBlock[] {
  const inputs = new Map<string, CellInput>();
  const positions = new Map<string, { row: number; col: number }>();
  for (const w of writes) {
    const key = `${w.row},${w.col}`;
    inputs.set(key, toCellInput(w.value, w.numberFormat));
    positions.set(key, { row: w.row, col: w.col });
  }
  return rectanglesOf(positions.values()).map((rect) => {
    const values: ExcelInput[][] = [];
    const numberFormats: (string | null)[][] = [];
    let anyFormat = false;
    for (let r = rect.top; r <= rect.bottom; r++) {
      const valueRow: ExcelInput[] = [];
      const formatRow: (string | null)[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const input = inputs.get(`${r},${c}`)!;
        valueRow.push(input.value);
        formatRow.push(input.numberFormat ?? null);
        if (input.numberFormat !== undefined) anyFormat = true;
      }
      values.push(valueRow);
      numberFormats.push(formatRow);
    }
    return { top: rect.top, left: rect.left, values, ...(anyFormat ? { numberFormats } : {}) };
  });
}

/** Bytes a value takes in the JSON of a request (UTF-8; CJK text is 3 bytes a character). */
export function jsonBytes(value: ExcelInput | null): number {
  if (value === null) return 4;
  if (typeof value !== "string") return String(value).length;
  let bytes = 2;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else bytes += 3;
  }
  return bytes;
}

/** Per range: the address, the method name and the array brackets Office.js wraps around the data. */
const BLOCK_OVERHEAD = 200;

function rowBytes(block: CellBlock, i: number): number {
  let bytes = 2;
  for (const v of block.values[i]) bytes += jsonBytes(v) + 1;
  for (const extra of [block.numberFormats?.[i], block.formulas?.[i]]) if (extra) for (const f of extra) bytes += jsonBytes(f) + 1;
  return bytes;
}

export function blockBytes(block: CellBlock): number {
  let bytes = BLOCK_OVERHEAD;
  for (let i = 0; i < block.values.length; i++) bytes += rowBytes(block, i);
  return bytes;
}

function sliceRows(block: CellBlock, from: number, to: number): CellBlock {
  return {
    top: block.top + from,
    left: block.left,
    values: block.values.slice(from, to),
    ...(block.numberFormats ? { numberFormats: block.numberFormats.slice(from, to) } : {}),
    ...(block.formulas ? { formulas: block.formulas.slice(from, to) } : {}),
  };
}

/** A row too big for one request on its own, as single cells (one cell is at most ~200 KB). */
function cellsOfRow(block: CellBlock, i: number): CellBlock[] {
  return block.values[i].map((value, c) => ({
    top: block.top + i,
    left: block.left + c,
    values: [[value]],
    ...(block.numberFormats ? { numberFormats: [[block.numberFormats[i][c]]] } : {}),
    ...(block.formulas ? { formulas: [[block.formulas[i][c]]] } : {}),
  }));
}

/** A block cut into runs of whole rows that each fit in `maxBytes`. */
function piecesOf(block: CellBlock, maxBytes: number): CellBlock[] {
  if (blockBytes(block) <= maxBytes) return [block];
  const pieces: CellBlock[] = [];
  let start = 0;
  let bytes = BLOCK_OVERHEAD;
  for (let i = 0; i < block.values.length; i++) {
    const row = rowBytes(block, i);
    if (BLOCK_OVERHEAD + row > maxBytes) {
      if (i > start) pieces.push(sliceRows(block, start, i));
      pieces.push(...cellsOfRow(block, i));
      start = i + 1;
      bytes = BLOCK_OVERHEAD;
    } else if (bytes + row > maxBytes) {
      pieces.push(sliceRows(block, start, i));
      start = i;
      bytes = BLOCK_OVERHEAD + row;
    } else {
      bytes += row;
    }
  }
  if (start < block.values.length) pieces.push(sliceRows(block, start, block.values.length));
  return pieces;
}

/**
 * Blocks grouped into requests of at most `maxBytes` each (Excel refuses requests over 5 MB). Below
 * the limit everything is one group, so the number of round trips does not grow with the cells.
 */
export function chunkBlocks(blocks: readonly CellBlock[], maxBytes: number): CellBlock[][] {
  const groups: CellBlock[][] = [];
  let current: CellBlock[] = [];
  let used = 0;
  for (const piece of blocks.flatMap((b) => piecesOf(b, maxBytes))) {
    const bytes = blockBytes(piece);
    if (current.length > 0 && used + bytes > maxBytes) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(piece);
    used += bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
