import { extractReport } from "../../core/extract";
import { formFieldKey, formFieldsByCell, type FormState } from "../../core/form";
import type { SheetPlan } from "../../core/layout";
import type { HeaderKey, ReportTemplate } from "../../core/template";
import { readReport, validateReport, type Finding } from "../../core/validate";
import { formSnapshot } from "./_lib/form-snapshot";

/** A form field by its key (formFieldKey): an indicator by its key, or a header field as `header.<key>`. */
export type LiveFieldId = string;

export const headerFieldId = (key: HeaderKey): LiveFieldId => formFieldKey({ kind: "header", key });

/**
 * The audit's findings on what the form holds now, by the field they are about. Only fields with
 * something typed in get findings: a field not yet filled is not an error while the clerk is still
 * filling the form (the 审核 view reports blanks). Ledger rows are left to the 审核 view.
 */
export function liveFindings(template: ReportTemplate, plan: SheetPlan, form: FormState): Record<LiveFieldId, Finding[]> {
  const fieldAt = formFieldsByCell(plan.anchors);
  const reading = readReport(template, extractReport(template, formSnapshot(template, plan, form)));
  const out: Record<LiveFieldId, Finding[]> = {};
  for (const finding of validateReport(reading)) {
    const field = fieldAt.get(finding.location.cell);
    const typed = field?.kind === "header" ? form.header[field.key] : field?.kind === "value" ? form.values[field.key] : undefined;
    if (!field || !typed?.trim()) continue;
    (out[formFieldKey(field)] ??= []).push(finding);
  }
  return out;
}
