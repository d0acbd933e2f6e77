import { summaryPlans, type ConsolidationResult } from "../../core/consolidate";
import type { SheetPlan } from "../../core/layout";
import { message } from "../../core/locale";
import { summaryNarrative, type TemplateError } from "../../core/narrative";
import type { ReportTemplate } from "../../core/template";
import { reminderNotice } from "./reminder-notice";

/** A summary workbook's sheets, to be written in order, and the paragraph its 综述 sheet carries. */
export interface Summary {
  template: ReportTemplate;
  plans: SheetPlan[];
  /** Where 分单位明细 is among the plans (a unit's row is found on it). */
  detail: number;
  narrative: string;
  /** What the data made the 综述 leave out (a rate past 100%): a 提示 for the clerk, never part of the paragraph. */
  notices: TemplateError[];
  /** The 催报 notice for the work group: units still 未报, files refused and what to fix. */
  reminder: string;
}

export interface SummaryOptions {
  /** The consolidating office, written as the 汇总表's 填报单位. */
  officeName?: string;
  /** 填表人 and 联系电话 of the 汇总表, so the summary passes the audit one level up. */
  preparer?: string;
  phone?: string;
  /** The 辖区 that opens the narrative (全县). */
  region?: string;
  reportDate: Date;
}

/**
 * The sheets of a summary, the same from the pane and the command line: 汇总表 (bound to the
 * template, so the summary is itself an input one level up), 分单位明细, 未报单位, 审核情况, 来源清单,
 * then 综述 and the very hidden data it is written from, so the 综述 view can write it again.
 */
export function summarySheets(result: ConsolidationResult, options: SummaryOptions): Summary {
  const listings = summaryPlans(result, { officeName: options.officeName, reportDate: options.reportDate, preparer: options.preparer, phone: options.phone });
  const narrative = summaryNarrative(result, { region: options.region });
  const detail = listings.findIndex((plan) => plan.sheetName === message("consolidate.sheet.detail"));
  return {
    template: result.template,
    plans: [...listings, ...narrative.plans],
    detail,
    narrative: narrative.text,
    notices: narrative.notices,
    reminder: reminderNotice(result),
  };
}
