import { sameFigure } from "../../_lib/figures";
import { normalizeLabel } from "../../extract/normalize-label";
import { findingAt } from "../_lib/make-finding";
import type { Finding } from "../finding";
import type { FieldReading, ReportReading } from "../reading";
import type { WorkbookRule } from "../rule";

/**
 * Figures that appear in two tables of one workbook agree: the same indicator (by normalised label
 * and unit) read on two template sheets must hold the same number (核实).
 */
export const crossTableRule: WorkbookRule = {
  id: "cross-table",
  check(readings) {
    const findings: Finding[] = [];
    const seen = new Map<string, { reading: ReportReading; field: FieldReading }>();
    for (const reading of readings) {
      for (const field of reading.indicators.values()) {
        if (field.status !== "number") continue;
        const id = `${normalizeLabel(field.label).key}|${field.unit ?? ""}`;
        const first = seen.get(id);
        if (!first) {
          seen.set(id, { reading, field });
          continue;
        }
        if (first.reading === reading || sameFigure(first.field.number ?? 0, field.number ?? 0)) continue;
        findings.push(
          findingAt(reading, field, "validate.cross-table", "verify", {
            sheet: reading.report.sheet,
            value: field.number ?? "",
            otherSheet: first.reading.report.sheet,
            otherValue: first.field.number ?? "",
          }),
        );
      }
    }
    return findings;
  },
};
