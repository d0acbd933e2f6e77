import type { InferNote } from "../../core/infer";
import type { ReportTemplate } from "../../core/template";
import { validateSheets, type Finding, type ValidationResult, type WorkbookValidation } from "../../core/validate";
import type { FindingMarker } from "../../workbook/finding-marker";
import type { WorkbookPort } from "../../workbook/port";
import type { Progress } from "../progress";
import { recogniseTemplate } from "../recognise/recognise-template";
import { noteCellOf } from "./_lib/note-cell";

/** Which sheets an audit covers: one sheet (the pane's current sheet), or every report sheet of the workbook. */
export type AuditScope = { kind: "sheet"; sheet: string } | { kind: "workbook" };

export interface AuditRequest {
  scope: AuditScope;
  /** The templates a binding may name, and an unbound sheet is recognised against. */
  templates: readonly ReportTemplate[];
  /** A template the clerk named (--template), for a workbook that carries none. */
  template?: ReportTemplate;
  /** The unit's previous workbook: a cumulative figure must not fall, a big change needs a 说明. */
  previous?: WorkbookPort;
  /** Marks the findings on the sheets (fill and note); without one nothing is written. */
  marker?: FindingMarker;
  /** A sheet no known template fits is audited against the form inferred from it (an office's own form). */
  inferUnknown?: boolean;
}

/** One finding, with the 备注 cell a 核实 finding's 说明 goes to (when its row has one). */
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
  /** What inferring a sheet's own form was not sure of, where a sheet was audited so. */
  inferNotes: InferNote[];
  /** Why the marks could not be put on the sheets; the findings stand all the same. */
  markError?: unknown;
}

/**
 * Audit a workbook: its report sheets (bound; else the template named; else recognised by title and
 * labels) against their templates and, when given, the unit's previous workbook; then, with a
 * marker, mark the findings on the sheets. Each audited sheet is marked once per run — the marker
 * takes the previous run's marks off that sheet first — and a whole-workbook run first clears every
 * sheet, so marks left on a sheet that is no longer a report go too.
 */
export async function auditWorkbook(port: WorkbookPort, request: AuditRequest, progress: Progress = {}): Promise<AuditOutcome> {
  const { scope, templates, template: given } = request;
  const recognise = { templates, given, byContent: true, inferUnknown: request.inferUnknown, ...(scope.kind === "sheet" ? { sheet: scope.sheet } : {}) };
  const { found } = await recogniseTemplate(port, recognise, progress);
  const previous = request.previous && (await recogniseTemplate(request.previous, { templates, given, byContent: true, inferUnknown: request.inferUnknown }, progress)).found;
  const validation = validateSheets(found, { previous });
  const items = validation.findings.map((finding, i) => {
    const note = finding.severity === "verify" ? noteCellOf(validation.readings, finding) : undefined;
    return { id: String(i), finding, ...(note ? { note } : {}) };
  });
  const outcome: AuditOutcome = { sheets: validation.sheets, items, summary: validation.summary, inferNotes: found.flatMap((f) => f.notes ?? []) };
  const marker = request.marker;
  if (!marker) return outcome;
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
