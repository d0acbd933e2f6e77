import type { ReportTemplate } from "../template/types";
import type { HeaderValues } from "./_lib/header-block";
import { planIndicatorSheet } from "./plan-indicator-sheet";
import { planLedgerSheet } from "./plan-ledger-sheet";
import { sheetNameFor } from "./sheet-name";
import type { SheetPlan } from "./sheet-plan";

export interface PlanSheetOptions {
  /** Header values to fill in (填报单位, 报告期 …). */
  header?: HeaderValues;
  /** The sheet's name; by default the template's title, made unique against `existingSheetNames`. */
  sheetName?: string;
  existingSheetNames?: readonly string[];
}

/** The layout of a template's sheet, as data both workbook adapters render. */
export function planSheet(template: ReportTemplate, options: PlanSheetOptions = {}): SheetPlan {
  const name = options.sheetName ?? sheetNameFor(template.title, options.existingSheetNames);
  return template.kind === "indicators"
    ? planIndicatorSheet(template, name, options.header)
    : planLedgerSheet(template, name, options.header);
}
