import type { MessageCode, Problem } from "../locale";
import type { CellValue } from "../sheet";
import type { HeaderKey } from "../template/header-fields";

/** One cell read from a sheet, with its address for findings and traceability. */
export interface ExtractedCell {
  row: number;
  col: number;
  /** A1 address, e.g. "D7". */
  address: string;
  value: CellValue;
  /** The value as text, as the clerk sees it. */
  text: string;
  /** The value is a formula's result (the form computed it; the clerk did not type it). */
  formula?: true;
}

export interface ExtractedIndicator {
  key: string;
  /** The label as printed on this sheet (which may differ from the template's). */
  label: string;
  value: ExtractedCell;
  note?: ExtractedCell;
  /** The unit of measure this sheet states for the row (计量单位 column or a unit in the label). */
  unitOnSheet?: string;
}

export interface ExtractedLedgerRow {
  row: number;
  cells: Record<string, ExtractedCell>;
}

/**
 * A ledger's entries as values, column facts worked out once: what consolidation and the audit read,
 * cell by cell, without an object per cell (200 ledgers of 300 rows hold 720,000 cells). The rows
 * with their cells (ExtractedReport.rows) are made from it when first asked for. See ledger-entries.ts.
 */
export interface LedgerEntries {
  /**
   * The keys of the template's columns the entries are laid out by (one template's array, shared by its
   * reports): a reader indexes the entries by its own template's columns, and ledgerEntriesOf refuses the
   * entries when those are not these — a value would be read under another column.
   */
  keys: readonly string[];
  /** By the template's column index: the sheet's column under that head, -1 where the sheet has none. */
  columns: readonly number[];
  /** Each entry's row on the sheet (0-based). */
  rows: readonly number[];
  /** The entries' values, entry after entry, one for each template column (null where the sheet has none). */
  values: readonly CellValue[];
  /** The sheet's formulas by "r,c", when read: a cell holding one holds its result. */
  formulas?: Readonly<Record<string, string>>;
  /**
   * The cells made so far (entryCell), at the values' places: each made once, one object for every reader
   * (the consolidation makes a cell for each value it parses, and its audit reads the same ones).
   */
  cells: (ExtractedCell | undefined)[];
}

/** A label on the sheet that names no indicator of the template: reported, never dropped silently. */
export interface UnmatchedLabel {
  row: number;
  address: string;
  label: string;
}

/** What reading a table can say of a cell it did not read, or of the table: the extract.* messages. */
export type ExtractionCode = Extract<MessageCode, `extract.${string}`>;

/** Why a filled cell of the table was not read as a value of the form. */
export type UnplacedReason = Problem<Exclude<ExtractionCode, "extract.missing-columns">>;

/** A filled cell of the table that is not a value of the form, kept with the reason: nothing read is dropped silently. */
export interface UnplacedCell {
  row: number;
  col: number;
  address: string;
  text: string;
  reason: UnplacedReason;
}

/** What made the table uncertain to read, once per cause (a head, a row), with where it is. */
export type ExtractionProblem = Problem<ExtractionCode> & { address: string };

/** What a sheet says, read by label against a template: the input to validation and consolidation. */
export interface ExtractedReport {
  templateId: string;
  sheet: string;
  title?: string;
  /** A table-wide unit stated in the header block (计量单位：万元). */
  tableUnit?: string;
  header: Partial<Record<HeaderKey, ExtractedCell>>;
  indicators: Record<string, ExtractedIndicator>;
  rows: ExtractedLedgerRow[];
  /** A ledger's entries as values (a ledger's `rows` are made from them when first read). */
  entries?: LedgerEntries;
  unmatched: UnmatchedLabel[];
  /** Filled cells of the table that were not read as values, with the reason (indicator tables). */
  unplaced?: UnplacedCell[];
  /** What made the table uncertain to read (indicator tables). */
  problems?: ExtractionProblem[];
  /** Template keys (values of an indicator table, or ledger columns) not found on the sheet. */
  missing: string[];
  /** Rows of the 主栏 not found (indicator tables). */
  missingRows?: string[];
  /** Columns of the 宾栏 not found, or found twice (indicator tables). */
  missingColumns?: string[];
  /** Whether a table head was found (序号/指标名称… or the ledger's column heads). */
  headFound: boolean;
}
