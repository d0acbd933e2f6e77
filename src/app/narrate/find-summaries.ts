import { message } from "../../core/locale";
import { NARRATIVE_DATA_SHEET, narrativeDataFrom, narrativeInputFromSummary, type NarrativeInput } from "../../core/narrative";
import type { TemplateSheet } from "../../core/recognize";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import type { Progress } from "../progress";
import { recogniseTemplate } from "../recognise/recognise-template";

/** A summary of a workbook: its 汇总表, the template it is bound to, and what the narrative is written from. */
export interface SummarySource {
  sheetName: string;
  template: ReportTemplate;
  /** What the narrative is written from; a later period's narrative compares with its totals and period. */
  input: NarrativeInput;
}

export interface FindSummariesOptions {
  /** A template the clerk named (--template), for a summary that carries none. */
  given?: ReportTemplate;
  /**
   * Also any other report sheet, after the summaries: on the command line a unit's own form may be
   * narrated too. The pane offers summaries only: a unit's form has nothing to write a 综述 from.
   */
  reports?: boolean;
}

/**
 * The summaries of a workbook, read through the port. A summary is a template-bound sheet named as
 * the consolidation names it (汇总表, or 汇总表(2) when written beside an earlier one); should the clerk
 * have renamed it, a bound sheet of the template the very hidden narrative data sheet was written
 * for. Only the report sheets and the data sheet are read, never the clerk's other (perhaps large) sheets.
 */
export async function findSummaries(port: WorkbookPort, templates: readonly ReportTemplate[], options: FindSummariesOptions = {}, progress: Progress = {}): Promise<SummarySource[]> {
  const { content, found } = await recogniseTemplate(port, { templates, given: options.given }, progress);
  const hasData = (await port.listSheets()).some((s) => s.name === NARRATIVE_DATA_SHEET);
  const dataSheet = hasData ? await port.readSheet(NARRATIVE_DATA_SHEET) : undefined;
  const sheets = dataSheet ? [...content.sheets, dataSheet] : content.sheets;
  const totalName = message("consolidate.sheet.total");
  const named = found.filter(({ sheet }) => sheet.name.startsWith(totalName));
  const summaries = named.length > 0 ? named : found.filter(({ template }) => dataSheet !== undefined && narrativeDataFrom(dataSheet, template) !== undefined);
  const chosen: TemplateSheet[] = options.reports ? [...summaries, ...found.filter((f) => !summaries.includes(f))] : summaries;
  return chosen.map(({ sheet, template }) => ({ sheetName: sheet.name, template, input: narrativeInputFromSummary(template, sheet, sheets) }));
}
