import type { ReportTemplate } from "../../core/template";
import { validateWorkbook, type Finding, type ValidationResult, type WorkbookValidation } from "../../core/validate";
import type { FindingMarker } from "../../workbook/finding-marker";
import type { WorkbookPort } from "../../workbook/port";
import { noteCellOf } from "./_lib/note-cell";
import { readWorkbookContent } from "./_lib/read-workbook-content";

/** Which sheets an audit covers: the current report sheet, or every template sheet of the workbook. */
export type AuditScope = { kind: "sheet"; sheet: string } | { kind: "workbook" };

/** One finding as the pane shows it, with the 备注 cell a 核实 finding's 说明 goes to (when the row has one). */
export interface AuditItem {
  /** Unique within one run. */
  id: string;
  finding: Finding;
  note?: { cell: string; text: string };
}

export interface AuditOutcome {
  /** The sheets audited and how each template was found. */
  sheets: WorkbookValidation["sheets"];
  /** Ordered by severity, sheet and row (core's order). */
  items: AuditItem[];
  summary: ValidationResult["summary"];
  /** Why the marks could not be put on the sheets; the findings are listed all the same. */
  markError?: unknown;
}

/**
 * Audit the current sheet or the whole workbook and mark the findings on the sheets. A sheet made
 * from a template is audited against it; a current sheet without a binding (a unit's sheet copied in)
 * against the built-in its title and labels match. Each audited sheet is marked once per run — the
 * marker takes the previous run's marks off that sheet first — and a whole-workbook run first clears
 * every sheet, so marks left on a sheet that is no longer a report go too.
 */
export async function runAudit(
  port: WorkbookPort,
  marker: FindingMarker,
  scope: AuditScope,
  templates: readonly ReportTemplate[],
): Promise<AuditOutcome> {
  const content = await readWorkbookContent(port, scope.kind === "sheet" ? scope.sheet : undefined);
  const validation = validateWorkbook(content, { known: templates });
  const items = validation.findings.map((finding, i) => {
    const note = finding.severity === "verify" ? noteCellOf(validation.readings, finding) : undefined;
    return { id: String(i), finding, ...(note ? { note } : {}) };
  });
  const outcome: AuditOutcome = { sheets: validation.sheets, items, summary: validation.summary };
  try {
    if (scope.kind === "workbook") await marker.clear();
    for (const { sheet } of validation.sheets)
      await marker.mark(
        sheet,
        validation.findings.filter((f) => f.location.sheet === sheet),
      );
  } catch (error) {
    outcome.markError = error;
  }
  return outcome;
}
