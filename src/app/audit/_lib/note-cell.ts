import { isNoteHead } from "../../../core/extract";
import type { Finding, ReportReading } from "../../../core/validate";

/**
 * The 备注 cell in the row of a finding's value, where a 核实 finding's 说明 is written: for an
 * indicator table the cell the extractor found under the 备注 head in that row (the add-in's own
 * layout: value in D, 备注 in E); for a ledger the row's cell in a column headed 备注 or 说明.
 * Undefined when the sheet has no such column, so the pane offers no 说明 it cannot write.
 */
export function noteCellOf(readings: readonly ReportReading[], finding: Finding): { cell: string; text: string } | undefined {
  const { sheet, cell } = finding.location;
  for (const { report, template } of readings) {
    if (report.sheet !== sheet) continue;
    for (const indicator of Object.values(report.indicators)) {
      if (indicator.value.address === cell) return indicator.note ? { cell: indicator.note.address, text: indicator.note.text } : undefined;
    }
    if (template.kind !== "ledger") continue;
    const noteColumn = template.columns.find((c) => isNoteHead(c.label));
    if (!noteColumn) continue;
    for (const row of report.rows) {
      if (!Object.values(row.cells).some((c) => c.address === cell)) continue;
      const note = row.cells[noteColumn.key];
      return note ? { cell: note.address, text: note.text } : undefined;
    }
  }
  return undefined;
}
