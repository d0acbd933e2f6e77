import type { ExtractedCell, ExtractedReport } from "../extract";
import type { HeaderKey } from "../template/header-fields";
import type { ReportTemplate, ValueKind } from "../template/types";

/** What the parser did to a typed value, as data for a message ("按 3.2万 = 32000 计"). */
export interface ReadingStep {
  code: string;
  params: Record<string, string | number>;
  /** The step in words, rendered once when the reading is made. */
  text?: string;
}

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
  invalid?: ReadingStep;
}

export interface RowReading {
  row: number;
  fields: Map<string, FieldReading>;
}

/** A report read against its template: the input of every audit rule. */
export interface ReportReading {
  template: ReportTemplate;
  report: ExtractedReport;
  file?: string;
  indicators: Map<string, FieldReading>;
  rows: RowReading[];
  header: Partial<Record<HeaderKey, FieldReading>>;
  /** The 备注/说明 written beside each indicator, by key. */
  notes: Map<string, string>;
}
