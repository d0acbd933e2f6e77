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

/** A label on the sheet that names no indicator of the template: reported, never dropped silently. */
export interface UnmatchedLabel {
  row: number;
  address: string;
  label: string;
}

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
  unmatched: UnmatchedLabel[];
  /** Template keys (indicators or ledger columns) not found on the sheet. */
  missing: string[];
  /** Whether a table head was found (序号/指标名称… or the ledger's column heads). */
  headFound: boolean;
}
