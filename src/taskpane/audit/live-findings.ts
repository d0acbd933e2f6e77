import { extractReport } from "../../core/extract";
import type { FormState } from "../../core/form";
import type { SheetPlan } from "../../core/layout";
import { cellAddress } from "../../core/sheet";
import type { HeaderKey, ReportTemplate } from "../../core/template";
import { readReport, validateReport, type Finding } from "../../core/validate";
import { formSnapshot } from "./_lib/form-snapshot";

/** A form field: an indicator by its key, or a header field as `header.<key>`. */
export type LiveFieldId = string;

export const headerFieldId = (key: HeaderKey): LiveFieldId => `header.${key}`;

/**
 * The audit's findings on what the form holds now, by the field they are about. Only fields with
 * something typed in get findings: a field not yet filled is not an error while the clerk is still
 * filling the form (the 审核 view reports blanks). Ledger rows are left to the 审核 view.
 */
export function liveFindings(template: ReportTemplate, plan: SheetPlan, form: FormState): Record<LiveFieldId, Finding[]> {
  const fieldAt = new Map<string, { id: LiveFieldId; typed: string | undefined }>();
  for (const [key, at] of Object.entries(plan.anchors.header)) {
    if (at) fieldAt.set(cellAddress(at.row, at.col), { id: headerFieldId(key as HeaderKey), typed: form.header[key as HeaderKey] });
  }
  for (const [key, at] of Object.entries(plan.anchors.indicators ?? {})) {
    fieldAt.set(cellAddress(at.row, at.valueCol), { id: key, typed: form.values[key] });
  }
  const reading = readReport(template, extractReport(template, formSnapshot(template, plan, form)));
  const out: Record<LiveFieldId, Finding[]> = {};
  for (const finding of validateReport(reading)) {
    const field = fieldAt.get(finding.location.cell);
    if (!field || !field.typed?.trim()) continue;
    (out[field.id] ??= []).push(finding);
  }
  return out;
}
