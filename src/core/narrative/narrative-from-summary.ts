import { extractReport } from "../extract";
import type { SheetSnapshot } from "../sheet";
import type { ReportTemplate } from "../template/types";
import { readReport } from "../validate/read-report";
import type { NarrativeInput, NarrativeTotal } from "./generate/narrative-input";
import { NARRATIVE_DATA_SHEET, narrativeDataFrom } from "./narrative-sheets";

/** The figures of a summary's 汇总表 by key, read by label as any unit's form would be. */
export function summaryTotals(template: ReportTemplate, totalSheet: SheetSnapshot): Record<string, number> {
  const reading = readReport(template, extractReport(template, totalSheet));
  const totals: Record<string, number> = {};
  for (const [key, field] of reading.indicators) if (field.status === "number" && field.number !== undefined) totals[key] = field.number;
  return totals;
}

/**
 * The narrative input of a summary workbook: who reported and each unit's figures from the data sheet
 * the consolidation left, and the totals from the 汇总表 itself — what the summary shows is what the
 * paragraph says, even where the clerk corrected a figure by hand.
 */
export function narrativeInputFromSummary(template: ReportTemplate, totalSheet: SheetSnapshot, sheets: readonly SheetSnapshot[]): NarrativeInput {
  const dataSheet = sheets.find((s) => s.name === NARRATIVE_DATA_SHEET);
  const data = dataSheet ? narrativeDataFrom(dataSheet, template) : undefined;
  const shown = template.kind === "indicators" ? summaryTotals(template, totalSheet) : {};
  const totals: Record<string, NarrativeTotal | undefined> = { ...(data?.totals ?? {}) };
  for (const [key, value] of Object.entries(shown)) {
    const before = totals[key];
    totals[key] = before && before.value === value ? before : { value };
  }
  return { ...(data ?? {}), template, totals };
}
