import { extractReport } from "../extract";
import type { SheetSnapshot } from "../sheet";
import { checkTemplate } from "../template/load-template";
import type { ReportTemplate } from "../template/types";

/** A workbook as core sees it: its sheets and the template bindings stored in it. */
export interface WorkbookContent {
  file?: string;
  sheets: readonly SheetSnapshot[];
  bindings: ReadonlyArray<{ sheetName: string; templateId: string; templateJson?: string }>;
}

export interface TemplateSheet {
  sheet: SheetSnapshot;
  template: ReportTemplate;
  how: "binding" | "given";
}

/**
 * The sheets to audit and their templates. The bindings stored in the workbook come first: a
 * binding's own template JSON wins, so a copy knows its form even where the built-in has changed;
 * with a template given (--template), the visible sheet where most of its labels are found.
 */
export function templateSheets(content: WorkbookContent, known: readonly ReportTemplate[], given?: ReportTemplate): TemplateSheet[] {
  const out: TemplateSheet[] = [];
  for (const binding of content.bindings) {
    const sheet = content.sheets.find((s) => s.name === binding.sheetName);
    if (!sheet) continue;
    const embedded = binding.templateJson ? safeTemplate(binding.templateJson) : undefined;
    const template = given && given.id === binding.templateId ? given : embedded ?? known.find((t) => t.id === binding.templateId);
    if (template) out.push({ sheet, template, how: "binding" });
  }
  if (given && !out.some((t) => t.template.id === given.id)) {
    const best = content.sheets
      .filter((s) => s.visibility === "visible")
      .map((sheet) => {
        const report = extractReport(given, sheet);
        return { sheet, score: Object.keys(report.indicators).length + report.rows.length + (report.headFound ? 1 : 0) };
      })
      .sort((a, b) => b.score - a.score)[0];
    if (best) out.push({ sheet: best.sheet, template: given, how: "given" });
  }
  return out;
}

function safeTemplate(json: string): ReportTemplate | undefined {
  try {
    const result = checkTemplate(JSON.parse(json), "workbook");
    return result.ok ? result.template : undefined;
  } catch {
    return undefined;
  }
}
