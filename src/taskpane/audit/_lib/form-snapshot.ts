import { formToCells, plannedSheet, type FormState } from "../../../core/form";
import type { SheetPlan } from "../../../core/layout";
import type { ReportTemplate } from "../../../core/template";
import type { SheetSnapshot } from "../../../core/sheet";

/**
 * The sheet a save of the form would leave. The audit then reads it as it reads any sheet, so the
 * form and the 审核 view say the same thing about the same value.
 */
export function formSnapshot(template: ReportTemplate, plan: SheetPlan, form: FormState): SheetSnapshot {
  return plannedSheet(plan, formToCells(template, plan.anchors, form));
}
