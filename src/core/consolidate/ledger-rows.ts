/**
 * A unit's ledger rows as the consolidation keeps them: packed, not an object per row and per cell.
 * 200 ledgers of 300 rows are 60,000 rows of some twelve cells, alive until the summary is written;
 * as objects (a row, a record of cells, a { value, accepted } per cell) they were a third of what the
 * command allocated, copied again and again by the collector. Packed, a unit's rows are a handful of
 * arrays: the column keys once, the sheet's row numbers, and by row then column each cell's state,
 * its text and its number. Numbers and dates are held in a Float64Array, not among the texts: in a
 * mixed array V8 boxes a fraction as an object of its own and a Date is one, 120,000 of them for
 * 200 ledgers with two date columns, each copied from the reading thread, then by every scavenge.
 * Plain data (no class): it crosses a thread (worker_threads, a Web Worker) as it is.
 */

/** A cell's value: the accepted value, or the text as written when it was rejected (kept, never lost). */
export type LedgerCellValue = number | string | Date | null;

/** A cell the row does not have (blank, or its column is not on the sheet). */
export const CELL_ABSENT = 0;
/** A cell whose text was accepted: the text is in `texts`. */
export const CELL_TEXT = 1;
/** A cell whose value was rejected: the text as written is in `texts`. */
export const CELL_REJECTED = 2;
/** A cell whose number was accepted: the number is in `numbers`. */
export const CELL_NUMBER = 3;
/** A cell whose date was accepted: its time (ms since 1970, UTC, as Date.getTime) is in `numbers`. */
export const CELL_DATE = 4;

export interface LedgerRows {
  /** 来源单位 */
  unit: string;
  file: string;
  sheet: string;
  /** The columns' keys, once: the template's columns in its order (a column the sheet lacks has no cell in any row). */
  keys: readonly string[];
  /** Each row's 0-based row on the unit's sheet, in the sheet's order. */
  rows: Int32Array;
  /** By row then column (`row × keys.length + column`): the cell's text (CELL_TEXT, CELL_REJECTED), null for any other cell. */
  texts: (string | null)[];
  /** By row then column, as `texts`: the cell's number (CELL_NUMBER) or date's time (CELL_DATE), 0 for any other cell. */
  numbers: Float64Array;
  /** By row then column, as `texts`: CELL_ABSENT, CELL_TEXT, CELL_REJECTED, CELL_NUMBER or CELL_DATE. */
  states: Uint8Array;
}

/** A cell as one reader needs it at a time; made on demand, never held. */
export interface LedgerCell {
  value: LedgerCellValue;
  accepted: boolean;
}

/** Rows ready to be filled: every cell absent, for `count` rows of these columns. */
export function emptyLedgerRows(source: { unit: string; file: string; sheet: string }, keys: readonly string[], count: number): LedgerRows {
  const cells = count * keys.length;
  return {
    unit: source.unit,
    file: source.file,
    sheet: source.sheet,
    keys,
    rows: new Int32Array(count),
    texts: new Array<string | null>(cells).fill(null),
    numbers: new Float64Array(cells),
    states: new Uint8Array(cells),
  };
}

/**
 * Put a cell's value at its place (`row × keys.length + column`): an accepted value in the lane of its
 * type, a rejected one as the text written. The one way rows are filled, so each value lands in one lane.
 */
export function setLedgerCell(rows: LedgerRows, at: number, value: number | string | Date, accepted: boolean): void {
  if (!accepted) {
    rows.texts[at] = String(value);
    rows.states[at] = CELL_REJECTED;
  } else if (typeof value === "string") {
    rows.texts[at] = value;
    rows.states[at] = CELL_TEXT;
  } else if (typeof value === "number") {
    rows.numbers[at] = value;
    rows.states[at] = CELL_NUMBER;
  } else {
    rows.numbers[at] = value.getTime();
    rows.states[at] = CELL_DATE;
  }
}

/** How many rows: none for a file with no ledger. */
export function ledgerRowCount(rows: LedgerRows | undefined): number {
  return rows ? rows.rows.length : 0;
}

/** The place of a column among the rows' columns, -1 when they have no such column. */
export function ledgerColumn(rows: LedgerRows, key: string): number {
  return rows.keys.indexOf(key);
}

/**
 * The value at a place, whatever its state, a date as `date` makes it of its time; null where there is
 * none. The one reading of the lanes: a reader that wants a date as a Date, and the summary's plan, which
 * wants its Excel serial, differ only there.
 */
export function laneValueAt<D>(rows: LedgerRows, at: number, date: (time: number) => D): string | number | D | null {
  switch (rows.states[at]) {
    case CELL_TEXT:
    case CELL_REJECTED:
      return rows.texts[at];
    case CELL_NUMBER:
      return rows.numbers[at];
    case CELL_DATE:
      return date(rows.numbers[at]);
    default:
      return null;
  }
}

const dateOfTime = (time: number): Date => new Date(time);

/** The value at a place, whatever its state (a Date made afresh for a date); null where there is none. */
function valueAt(rows: LedgerRows, at: number): LedgerCellValue {
  return laneValueAt(rows, at, dateOfTime);
}

/** The value of row `row`'s cell in column `column` (a place from ledgerColumn), accepted or rejected; null where there is none. */
export function cellValue(rows: LedgerRows, row: number, column: number): LedgerCellValue {
  if (column < 0) return null;
  return valueAt(rows, row * rows.keys.length + column);
}

/** The text of row `row`'s cell in column `column`, when a text was accepted there; undefined otherwise. */
export function acceptedText(rows: LedgerRows, row: number, column: number): string | undefined {
  if (column < 0) return undefined;
  const at = row * rows.keys.length + column;
  return rows.states[at] === CELL_TEXT ? (rows.texts[at] as string) : undefined;
}

/** The number of row `row`'s cell in column `column`, when a number was accepted there; undefined otherwise. */
export function acceptedNumber(rows: LedgerRows, row: number, column: number): number | undefined {
  if (column < 0) return undefined;
  const at = row * rows.keys.length + column;
  return rows.states[at] === CELL_NUMBER ? rows.numbers[at] : undefined;
}

/** Row `row`'s cell of column `key`, accepted or rejected; undefined where the row has none. */
export function ledgerCell(rows: LedgerRows, row: number, key: string): LedgerCell | undefined {
  const column = ledgerColumn(rows, key);
  if (column < 0 || row < 0 || row >= rows.rows.length) return undefined;
  const at = row * rows.keys.length + column;
  const state = rows.states[at];
  return state === CELL_ABSENT ? undefined : { value: valueAt(rows, at), accepted: state !== CELL_REJECTED };
}
