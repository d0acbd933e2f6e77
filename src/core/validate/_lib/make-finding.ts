import type { Severity } from "../../template/types";
import type { Finding, FindingCode } from "../finding";
import type { FieldReading, ReportReading } from "../reading";

/** A finding at a field's cell, carrying its label and what was typed. */
export function findingAt(
  reading: ReportReading,
  field: Pick<FieldReading, "label" | "cell">,
  code: FindingCode,
  severity: Severity,
  params: Record<string, string | number> = {},
  fix?: Finding["fix"],
): Finding {
  return {
    code,
    severity,
    location: { ...(reading.file ? { file: reading.file } : {}), sheet: reading.report.sheet, cell: field.cell.address },
    indicator: field.label,
    ...(field.cell.text ? { input: field.cell.text } : {}),
    params: { label: field.label, ...params },
    ...(fix ? { fix } : {}),
  };
}

/** Every field of a reading: header fields, indicators, then ledger cells row by row. */
export function allFields(reading: ReportReading): FieldReading[] {
  const header = Object.values(reading.header).filter((f): f is FieldReading => f !== undefined);
  return [...header, ...reading.indicators.values(), ...reading.rows.flatMap((r) => [...r.fields.values()])];
}
