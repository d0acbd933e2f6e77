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
  const finding = {
    code,
    severity,
    location: { ...(reading.file ? { file: reading.file } : {}), sheet: reading.report.sheet, cell: field.cell.address },
    indicator: field.label,
    ...(field.cell.text ? { input: field.cell.text } : {}),
    params: { label: field.label, ...params },
    ...(fix ? { fix } : {}),
  };
  // The label completes the params of code C, which TypeScript cannot check for a C not yet known.
  return finding as Finding;
}

/** Each reading's fields, gathered once for all the rules that go through them. */
const fieldsOf = new WeakMap<ReportReading, readonly FieldReading[]>();

/** Every field of a reading: header fields, indicators, then ledger cells row by row. */
export function allFields(reading: ReportReading): readonly FieldReading[] {
  let fields = fieldsOf.get(reading);
  if (!fields) {
    const header = Object.values(reading.header).filter((f): f is FieldReading => f !== undefined);
    const all = [...header, ...reading.indicators.values()];
    for (const row of reading.rows) for (const field of row.fields.values()) all.push(field);
    fields = all;
    fieldsOf.set(reading, fields);
  }
  return fields;
}
