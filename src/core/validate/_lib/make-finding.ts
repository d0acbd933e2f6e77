import type { ParamsOf, Problem } from "../../locale";
import type { Severity } from "../../template/types";
import type { Finding, FindingCode, FixCode } from "../finding";
import type { FieldReading, ReportReading } from "../reading";

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

/** Each reading's fields, gathered once for all the rules that go through them. */
const fieldsOf = new WeakMap<ReportReading, readonly FieldReading[]>();

/** Every field of a reading: header fields, indicators, then ledger cells row by row. */
export function allFields(reading: ReportReading): readonly FieldReading[] {
  let fields = fieldsOf.get(reading);
  if (!fields) {
    // Counted first and filled in place: a ledger has thousands, and an array grown by push is copied as it grows.
    const header = Object.values(reading.header).filter((f): f is FieldReading => f !== undefined);
    let count = header.length + reading.indicators.size;
    for (const row of reading.rows) count += row.fields.size;
    const all = new Array<FieldReading>(count);
    let i = 0;
    for (const field of header) all[i++] = field;
    for (const field of reading.indicators.values()) all[i++] = field;
    for (const row of reading.rows) for (const field of row.fields.values()) all[i++] = field;
    fields = all;
    fieldsOf.set(reading, fields);
  }
  return fields;
}
