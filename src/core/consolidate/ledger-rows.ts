/**
 * A unit's ledger rows as the consolidation keeps them: packed, not an object per row and per cell.
 * 200 ledgers of 300 rows are 60,000 rows of some twelve cells, alive until the summary is written;
 * as objects (a row, a record of cells, a { value, accepted } per cell) they were a third of what the
 * command allocated, copied again and again by the collector. Packed, a unit's rows are a handful of
 * arrays: the column keys once, the sheet's row numbers, the values by row then column, and each
 * cell's state. Plain data (no class): it crosses a thread (worker_threads, a Web Worker) as it is.
 */

/** A cell's value: the accepted value, or the text as written when it was rejected (kept, never lost). */
export type LedgerCellValue = number | string | Date | null;

/** A cell the row does not have (blank, or its column is not on the sheet). */
export const CELL_ABSENT = 0;
/** A cell whose value was accepted. */
export const CELL_ACCEPTED = 1;
/** A cell whose value was rejected: its value is the text as written. */
export const CELL_REJECTED = 2;

export interface LedgerRows {
  /** 来源单位 */
  unit: string;
  file: string;
  sheet: string;
  /** The columns' keys, once: the template's columns in its order (a column the sheet lacks has no cell in any row). */
  keys: readonly string[];
  /** Each row's 0-based row on the unit's sheet, in the sheet's order. */
  rows: Int32Array;
  /** By row then column (`row × keys.length + column`): the cell's value, null where it is absent. */
  values: LedgerCellValue[];
  /** By row then column, as `values`: CELL_ABSENT, CELL_ACCEPTED or CELL_REJECTED. */
  states: Uint8Array;
}

/** A cell as one reader needs it at a time; made on demand, never held. */
export interface LedgerCell {
  value: LedgerCellValue;
  accepted: boolean;
}

/** Rows ready to be filled: every cell absent, for `count` rows of these columns. */
export function emptyLedgerRows(source: { unit: string; file: string; sheet: string }, keys: readonly string[], count: number): LedgerRows {
  return { unit: source.unit, file: source.file, sheet: source.sheet, keys, rows: new Int32Array(count), values: new Array<LedgerCellValue>(count * keys.length).fill(null), states: new Uint8Array(count * keys.length) };
}

/** How many rows: none for a file with no ledger. */
export function ledgerRowCount(rows: LedgerRows | undefined): number {
  return rows ? rows.rows.length : 0;
}

/** The place of a column among the rows' columns, -1 when they have no such column. */
export function ledgerColumn(rows: LedgerRows, key: string): number {
  return rows.keys.indexOf(key);
}

/** The value of row `row`'s cell in column `column` (a place from ledgerColumn), accepted or rejected; null where there is none. */
export function cellValue(rows: LedgerRows, row: number, column: number): LedgerCellValue {
  if (column < 0) return null;
  const at = row * rows.keys.length + column;
  return rows.states[at] === CELL_ABSENT ? null : rows.values[at];
}

/** The value of row `row`'s cell in column `column` (a place from ledgerColumn), when accepted; undefined otherwise. */
export function acceptedValue(rows: LedgerRows, row: number, column: number): LedgerCellValue | undefined {
  if (column < 0) return undefined;
  const at = row * rows.keys.length + column;
  return rows.states[at] === CELL_ACCEPTED ? rows.values[at] : undefined;
}

/** Row `row`'s cell of column `key`, accepted or rejected; undefined where the row has none. */
export function ledgerCell(rows: LedgerRows, row: number, key: string): LedgerCell | undefined {
  const column = ledgerColumn(rows, key);
  if (column < 0 || row < 0 || row >= rows.rows.length) return undefined;
  const at = row * rows.keys.length + column;
  const state = rows.states[at];
  return state === CELL_ABSENT ? undefined : { value: rows.values[at], accepted: state === CELL_ACCEPTED };
}
