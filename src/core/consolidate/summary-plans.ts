import type { SheetPlan } from "../layout/sheet-plan";
import type { ConsolidationResult } from "./consolidation-result";
import { planFindingsSheet } from "./plan-findings-sheet";
import { planMissingSheet } from "./plan-missing-sheet";
import { planSourcesSheet } from "./plan-sources-sheet";
import { planTotalSheet, type TotalSheetOptions } from "./plan-total-sheet";
import { planUnitDetailSheet, type UnitDetailOptions } from "./plan-unit-detail-sheet";

export type SummaryOptions = Omit<TotalSheetOptions, "sheetName"> & Omit<UnitDetailOptions, "sheetName">;

/**
 * The summary workbook's sheets, in order: 汇总表 (the template's form with the totals, bound to the
 * template), 分单位明细, 未报单位, 审核情况, 来源清单 (listing sheets carry an empty templateId).
 */
export function summaryPlans(result: ConsolidationResult, options: SummaryOptions = {}): SheetPlan[] {
  return [
    planTotalSheet(result, { officeName: options.officeName, reportDate: options.reportDate, preparer: options.preparer, phone: options.phone }),
    planUnitDetailSheet(result, { rankBy: options.rankBy }),
    planMissingSheet(result),
    planFindingsSheet(result),
    planSourcesSheet(result),
  ];
}
