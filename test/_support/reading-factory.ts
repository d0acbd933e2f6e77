import { extractReport } from "../../src/core/extract";
import { emptyFormState, formToCells, type FormState } from "../../src/core/form";
import { planSheet } from "../../src/core/layout";
import type { ReportTemplate } from "../../src/core/template/types";
import { readReport, type ReportReading } from "../../src/core/validate";
import { sheetFromPlan } from "./sheet-factory";

/** A report read from the template's own layout filled with the given form values. */
export function readingOf(template: ReportTemplate, fill: Partial<FormState> = {}, sheetName?: string): ReportReading {
  const plan = planSheet(template, sheetName ? { sheetName } : {});
  const form = { ...emptyFormState(template.id), header: { unit: "城关镇", period: "2023年2月20日", preparer: "张三", reportDate: "2023-02-21" }, ...fill };
  return readReport(template, extractReport(template, sheetFromPlan(plan, formToCells(template, plan.anchors, form))), "单位.xlsx");
}
