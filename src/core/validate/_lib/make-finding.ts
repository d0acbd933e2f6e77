import type { ParamsOf, Problem } from "../../locale";
import type { Severity } from "../../template/types";
import type { Finding, FindingCode, FixCode } from "../finding";
import { isReading, type FieldReading, type ReportReading } from "../reading";

/** A finding's params but the label, which is the field's own. */
type OwnParams<C extends FindingCode> = Omit<ParamsOf<C>, "label">;

/** The params may be left out where the label is all a message takes. */
type Rest<C extends FindingCode> = Record<string, never> extends OwnParams<C> ? [params?: OwnParams<C>, fix?: Problem<FixCode>] : [params: OwnParams<C>, fix?: Problem<FixCode>];

/** A finding at a field's cell, carrying its label and what was typed. */
export function findingAt<C extends FindingCode>(
  reading: ReportReading,
  field: Pick<FieldReading, "label" | "cell">,
  code: C,
  severity: Severity,
  ...[params, fix]: Rest<C>
): Finding {
  // Built key by key rather than spread: a consolidation's audit makes a finding for many rows of
  // many files (28,000 for 200 ledgers), and spreads of small objects cost more than the rule. The keys
  // keep their order: code, severity, location, indicator, input, params, fix.
  const location: Finding["location"] = reading.file ? { file: reading.file, sheet: reading.report.sheet, cell: field.cell.address } : { sheet: reading.report.sheet, cell: field.cell.address };
  const finding: Record<string, unknown> = { code, severity, location, indicator: field.label };
  if (field.cell.text) finding.input = field.cell.text;
  finding.params = params ? Object.assign({ label: field.label }, params) : { label: field.label };
  if (fix) finding.fix = fix;
  // The label completes the params of code C, which TypeScript cannot check for a C not yet known.
  return finding as unknown as Finding;
}

/**
 * Every field of a reading in order — header fields, indicators, then a ledger's cells row by row — each
 * reading handed to `visit`. A ledger value that reads as it stands has no reading made for it (a
 * consolidation's audit goes through 720,000 for 200 ledgers, nearly all of them such values): a number
 * goes to `plainNumber`, with its entry and column, when given; text, a whole day, and a number otherwise,
 * is passed over — it has no step, no qualifier, and is neither blank, a placeholder nor unreadable.
 */
export function eachField(reading: ReportReading, visit: (field: FieldReading) => void, plainNumber?: (value: number, entry: number, column: number) => void): void {
  for (const key in reading.header) {
    const field = reading.header[key as keyof ReportReading["header"]];
    if (field) visit(field);
  }
  for (const field of reading.indicators.values()) visit(field);
  const values = reading.entries.values;
  if (values.length === 0) return;
  const width = values.length / reading.entries.rows.length;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === undefined) continue;
    if (isReading(value)) visit(value);
    else if (plainNumber && typeof value === "number") plainNumber(value, Math.floor(i / width), i % width);
  }
}
