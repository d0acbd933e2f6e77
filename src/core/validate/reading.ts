import type { ExtractedCell, ExtractedReport } from "../extract";
import type { Problem } from "../locale";
import type { InvalidReason, ParseStep } from "../parse";
import type { HeaderKey } from "../template/header-fields";
import type { ReportTemplate, ValueKind } from "../template/types";

/** What the parser did to a typed value ("按 3.2万 = 32000 计"), or the sheet's unit of measure converted. */
export type ReadingStep = ParseStep | Problem<"validate.unit-converted">;

/** Why a typed value could not be read. */
export type ReadingInvalid = Problem<InvalidReason | "validate.unit-unconvertible">;

/** One field as read: where it is, what was typed, and what it means for the audit. */
export interface FieldReading {
  key: string;
  /** The template's label (the sheet's own label is in the extracted report). */
  label: string;
  kind: ValueKind;
  decimals: number;
  unit?: string;
  cell: ExtractedCell;
  status: "empty" | "placeholder" | "nil" | "number" | "text" | "date" | "invalid";
  number?: number;
  date?: Date;
  text?: string;
  qualifier?: string;
  steps: ReadingStep[];
  /** Why the value could not be read, when status is invalid. */
  invalid?: ReadingInvalid;
}

/**
 * A ledger cell as read: its value when it reads as it stands (plainValue: a number or text, with
 * nothing to tell; plainDate: a whole day in a date column, as the cell's own Date), else its whole
 * reading. Most cells of a ledger are the former, and a rule has something to say of few of them:
 * their readings are made by fieldIn only for those.
 */
export type RowValue = number | string | Date | FieldReading;

/** Whether a ledger cell's value is a reading made, not a value read as it stands. */
export function isReading(value: RowValue | undefined): value is FieldReading {
  return typeof value === "object" && !(value instanceof Date);
}

/**
 * A ledger's entries as read, by entry and the template's column index: no object and no map per row or
 * per cell (a consolidation reads 60,000 rows of 12 cells for 200 ledgers). The cells themselves are the
 * extracted report's entries (see core/extract LedgerEntries).
 */
export interface EntryReadings {
  /** Each entry's row on the sheet (0-based). */
  rows: readonly number[];
  /** At entry × the template's column count + column: the value, undefined where the sheet has no such column. */
  values: readonly (RowValue | undefined)[];
}

/** A report read against its template: the input of every audit rule. */
export interface ReportReading {
  template: ReportTemplate;
  report: ExtractedReport;
  file?: string;
  indicators: Map<string, FieldReading>;
  /** A ledger's entries (none in an indicator table). */
  entries: EntryReadings;
  header: Partial<Record<HeaderKey, FieldReading>>;
  /** The 备注/说明 written beside each indicator, by key. */
  notes: Map<string, string>;
}
