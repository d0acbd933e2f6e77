import { extractReport, type ExtractedReport } from "../extract";
import type { SheetSnapshot } from "../sheet";
import type { ReportTemplate } from "../template/types";
import { readReport } from "../validate/read-report";
import type { NarrativeInput, NarrativeTotal } from "./generate/narrative-input";
import { NARRATIVE_DATA_SHEET, narrativeDataFrom } from "./narrative-sheets";

/** The figures of a summary's 汇总表 by key, read by label as any unit's form would be. */
function totalsOf(template: ReportTemplate, report: ExtractedReport): Record<string, number> {
  const reading = readReport(template, report);
  const totals: Record<string, number> = {};
  for (const [key, field] of reading.indicators) if (field.status === "number" && field.number !== undefined) totals[key] = field.number;
  return totals;
}

/**
 * The narrative input of a summary workbook: who reported, each unit's figures and the hedges of the
 * totals (500余) from the data sheet the consolidation left, and the totals from the 汇总表 itself —
 * what the summary shows is what the paragraph says, even where the clerk corrected a figure by hand
 * (a corrected figure loses its hedge). The period is the data's, else the one the 汇总表 states, so
 * a summary written before the data sheet existed still knows it.
 */
export function narrativeInputFromSummary(template: ReportTemplate, totalSheet: SheetSnapshot, sheets: readonly SheetSnapshot[]): NarrativeInput {
  const dataSheet = sheets.find((s) => s.name === NARRATIVE_DATA_SHEET);
  const data = dataSheet ? narrativeDataFrom(dataSheet, template) : undefined;
  const report = extractReport(template, totalSheet);
  const shown = template.kind === "indicators" ? totalsOf(template, report) : {};
  const totals: Record<string, NarrativeTotal | undefined> = { ...(data?.totals ?? {}) };
  for (const [key, value] of Object.entries(shown)) {
    const before = totals[key];
    totals[key] = before && before.value === value ? before : { value };
  }
  const period = data?.period ?? (report.header.period?.text.trim() || undefined);
  return { ...(data ?? {}), ...(period ? { period } : {}), template, totals };
}
