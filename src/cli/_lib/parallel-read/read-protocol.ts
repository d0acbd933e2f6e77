import type { FileReaderOptions, FileReading, InputCandidate, InputKey, InputOutcome, Roster, RosterUnit, StackedLedgerRow, UnitDecisions, UnitIdentity } from "../../../core/consolidate";
import type { ReportTemplate } from "../../../core/template";
import { auditForConsolidation } from "../../../core/validate";

/**
 * What crosses between the command line's main thread and the threads that read the units' files.
 * A message is copied (structured clone), never shared: an object of one thread arrives as an equal
 * but other object. Everything a file's reading gives is plain data (accounts, figures, ledger rows,
 * findings, problems: strings, numbers, Dates, arrays and records), except the roster unit a
 * candidate is identified as, which the main thread uses by reference (merging a unit's files, the
 * roster's levels, its order): that one crosses as its place in the roster's list and is turned
 * back into the main thread's own unit. A ledger's rows (an object per row and per cell: 60,000 rows
 * of 200 ledgers) cross packed into flat arrays, which are copied many times faster than the objects,
 * and are unpacked into rows of the same shape as the reading's own.
 */

/**
 * What a reading thread is told once: the options of createFileReader as plain data. The audit is
 * named, not sent (a function cannot cross): the thread runs auditForConsolidation itself.
 */
export interface ReaderSetup {
  template: ReportTemplate;
  knownTemplates: readonly ReportTemplate[];
  /** The main thread's roster, copied: its units in the same order, which is what the places refer to. */
  roster?: Roster;
  recognitionThreshold?: number;
  unitDecisions?: UnitDecisions;
  audit: "consolidation" | "none";
}

/** Main thread → reading thread: the setup once, then files to read (in the order given). */
export type ToReader = { kind: "setup"; setup: ReaderSetup } | { kind: "read"; index: number; path: string; position: number };

/**
 * Reading thread → main thread: ready (its modules loaded: files handed to it now are read at once), a
 * file read, or a file it failed to read (to be read again on the main thread).
 */
export type FromReader = { kind: "ready" } | { kind: "read"; index: number; reading: WireReading } | { kind: "failed"; index: number; error: string };

/** A unit's identity with its roster unit as the unit's place in roster.units. */
export type WireIdentity = Omit<UnitIdentity, "rosterUnit"> & { rosterUnit?: number };
export type WireCandidate = Omit<InputCandidate, "identity" | "ledgerRows"> & { identity: WireIdentity; ledgerRows: StackedLedgerRow[] | PackedLedgerRows };

/**
 * A ledger's rows, all of one sheet, unit and file: each row's number, and by row then column (in
 * `keys`' order) each cell's value and state. A cell a row does not have is ABSENT.
 */
export interface PackedLedgerRows {
  packed: true;
  sheet: string;
  unit: string;
  file: string;
  keys: string[];
  rows: number[];
  values: Array<StackedLedgerRow["cells"][string]["value"]>;
  states: Uint8Array;
}

const ABSENT = 0;
const ACCEPTED = 1;
const REJECTED = 2;
/** The row's fields, in the order the reading writes them: packing is refused for any other shape, so unpacking gives the same objects. */
const ROW_FIELDS = ["sheet", "row", "cells", "unit", "file"];
const CELL_FIELDS = ["value", "accepted"];

function hasFields(object: object, fields: readonly string[]): boolean {
  let i = 0;
  for (const field in object) if (field !== fields[i++]) return false;
  return i === fields.length;
}

/** The rows packed, or as they are when they do not have the one shape packing keeps (then they are copied as objects). */
export function packLedgerRows(rows: readonly StackedLedgerRow[], columnKeys: readonly string[]): StackedLedgerRow[] | PackedLedgerRows {
  if (rows.length === 0) return [];
  const { sheet, unit, file } = rows[0];
  const width = columnKeys.length;
  const place = new Map(columnKeys.map((key, i) => [key, i]));
  const values: PackedLedgerRows["values"] = new Array(rows.length * width).fill(null);
  const states = new Uint8Array(rows.length * width);
  const numbers: number[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row.sheet !== sheet || row.unit !== unit || row.file !== file || !hasFields(row, ROW_FIELDS)) return [...rows];
    numbers[r] = row.row;
    let last = -1;
    for (const key in row.cells) {
      const column = place.get(key);
      const cell = row.cells[key];
      // Cells in the columns' order, each { value, accepted }: what unpacking rebuilds.
      if (column === undefined || column <= last || !hasFields(cell, CELL_FIELDS)) return [...rows];
      last = column;
      values[r * width + column] = cell.value;
      states[r * width + column] = cell.accepted ? ACCEPTED : REJECTED;
    }
  }
  return { packed: true, sheet, unit, file, keys: [...columnKeys], rows: numbers, values, states };
}

/** The rows unpacked: objects made as the reading makes them, field by field in its order. */
export function unpackLedgerRows(rows: StackedLedgerRow[] | PackedLedgerRows): StackedLedgerRow[] {
  if (Array.isArray(rows)) return rows;
  const { sheet, unit, file, keys, values, states } = rows;
  const width = keys.length;
  const out: StackedLedgerRow[] = new Array(rows.rows.length);
  for (let r = 0; r < rows.rows.length; r++) {
    const cells: StackedLedgerRow["cells"] = {};
    for (let c = 0; c < width; c++) {
      const state = states[r * width + c];
      if (state !== ABSENT) cells[keys[c]] = { value: values[r * width + c], accepted: state === ACCEPTED };
    }
    out[r] = { sheet, row: rows.rows[r], cells, unit, file };
  }
  return out;
}
export type WireOutcome = { kind: "candidate"; candidate: WireCandidate } | Exclude<InputOutcome, { kind: "candidate" }>;
export interface WireReading {
  key: InputKey;
  outcomes: WireOutcome[];
}

/** The setup for these options, or undefined when their audit is not one a reading thread can run. */
export function readerSetup(options: FileReaderOptions): ReaderSetup | undefined {
  const { template, knownTemplates, roster, recognitionThreshold, unitDecisions, validate } = options;
  if (validate && validate !== auditForConsolidation) return undefined;
  return { template, knownTemplates, roster, recognitionThreshold, unitDecisions, audit: validate ? "consolidation" : "none" };
}

/** The options a reading thread reads with: the main thread's, rebuilt from the setup. */
export function readerOptions(setup: ReaderSetup): FileReaderOptions {
  const { audit, ...options } = setup;
  return { ...options, ...(audit === "consolidation" ? { validate: auditForConsolidation } : {}) };
}

/** A file's reading, to cross to the main thread. */
export function toWire(reading: FileReading, places: ReadonlyMap<RosterUnit, number>, columnKeys: readonly string[]): WireReading {
  const outcomes = reading.outcomes.map((outcome): WireOutcome => {
    if (outcome.kind !== "candidate") return outcome;
    const { identity, ledgerRows, ...plain } = outcome.candidate;
    const candidate = { ...plain, ledgerRows: packLedgerRows(ledgerRows, columnKeys) };
    const { rosterUnit, ...rest } = identity;
    if (!rosterUnit) return { kind: "candidate", candidate: { ...candidate, identity: rest } };
    const place = places.get(rosterUnit);
    // Identified as a unit that is not the roster's: it would not be found again on the main thread.
    if (place === undefined) throw new Error(`roster unit ${rosterUnit.name} is not in the roster`);
    return { kind: "candidate", candidate: { ...candidate, identity: { ...rest, rosterUnit: place } } };
  });
  return { key: reading.key, outcomes };
}

/** A file's reading as it arrived, its roster units the main thread's own. */
export function fromWire(wire: WireReading, roster: Roster | undefined): FileReading {
  const outcomes = wire.outcomes.map((outcome): InputOutcome => {
    if (outcome.kind !== "candidate") return outcome;
    const { identity, ledgerRows, ...plain } = outcome.candidate;
    const candidate = { ...plain, ledgerRows: unpackLedgerRows(ledgerRows) };
    const { rosterUnit: place, ...rest } = identity;
    if (place === undefined) return { kind: "candidate", candidate: { ...candidate, identity: rest } };
    const rosterUnit = roster?.units[place];
    if (!rosterUnit) throw new Error(`roster place ${place} is not in the roster`);
    return { kind: "candidate", candidate: { ...candidate, identity: { ...rest, rosterUnit } } };
  });
  return { key: wire.key, outcomes };
}
