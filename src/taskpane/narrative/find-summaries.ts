import { message } from "../../core/locale";
import { NARRATIVE_DATA_SHEET, narrativeDataFrom, narrativeInputFromSummary, type NarrativeInput } from "../../core/narrative";
import type { SheetSnapshot } from "../../core/sheet";
import type { ReportTemplate } from "../../core/template";
import { templateSheets } from "../../core/recognize";
import type { WorkbookPort } from "../../workbook/port";

/** A summary of the open workbook: its 汇总表, the template it is bound to, and what the narrative is written from. */
export interface SummarySource {
  sheetName: string;
  template: ReportTemplate;
  input: NarrativeInput;
}

/**
 * The summaries of a workbook, read through the port. A summary is a template-bound sheet named as the
 * consolidation names it (汇总表, or 汇总表(2) when written beside an earlier one); should the clerk have
 * renamed it, a bound sheet of the template the very hidden narrative data sheet was written for. A
 * unit's own report form is bound too, but is no summary: there is nothing to write a 综述 from.
 * Only the bound sheets and the data sheet are read, never the clerk's other (perhaps large) sheets.
 */
export async function findSummaries(port: WorkbookPort, templates: readonly ReportTemplate[]): Promise<SummarySource[]> {
  const [infos, bindings] = await Promise.all([port.listSheets(), port.readBindings()]);
  const names = new Set(infos.map((s) => s.name));
  const wanted = [...new Set(bindings.map((b) => b.sheetName))].filter((name) => names.has(name));
  if (names.has(NARRATIVE_DATA_SHEET)) wanted.push(NARRATIVE_DATA_SHEET);
  const sheets: SheetSnapshot[] = [];
  for (const name of wanted) sheets.push(await port.readSheet(name));
  const bound = templateSheets({ sheets, bindings }, templates);
  const dataSheet = sheets.find((s) => s.name === NARRATIVE_DATA_SHEET);
  const totalName = message("consolidate.sheet.total");
  const named = bound.filter(({ sheet }) => sheet.name.startsWith(totalName));
  const found = named.length > 0 ? named : bound.filter(({ template }) => dataSheet !== undefined && narrativeDataFrom(dataSheet, template) !== undefined);
  return found.map(({ sheet, template }) => ({ sheetName: sheet.name, template, input: narrativeInputFromSummary(template, sheet, sheets) }));
}
