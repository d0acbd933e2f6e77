import { extractReport } from "../extract";
import { inferTemplate, type InferNote } from "../infer";
import { problem } from "../locale";
import { leavesCellsOut } from "./leaves-cells-out";
import type { SheetSnapshot } from "../sheet";
import type { ReportTemplate } from "../template/types";
import { boundTemplate } from "./bound-template";
import { recognizeTemplate } from "./recognize-template";
import type { SheetBinding } from "./sheet-binding";

/** A workbook as core sees it: its sheets and the template bindings stored in it. */
export interface WorkbookContent {
  file?: string;
  sheets: readonly SheetSnapshot[];
  bindings: readonly SheetBinding[];
}

export interface TemplateSheet {
  sheet: SheetSnapshot;
  template: ReportTemplate;
  /** "binding": the workbook's own mark; "given": the template named (--template); "content": title and labels; "inferred": read off the sheet's own form. */
  how: "binding" | "given" | "content" | "inferred";
  /** For a template inferred from the sheet: what the inference was not sure of. */
  notes?: InferNote[];
}

export interface TemplateSheetsOptions {
  /** A template named by the clerk (--template): found on the visible sheet where most of its labels are. */
  given?: ReportTemplate;
  /** When nothing is bound or given, each visible sheet is recognised by its title and labels (a unit's sheet copied in). */
  byContent?: boolean;
  /** When not even that finds a known form, each visible sheet's own form is inferred (an office's own form, no template written). */
  inferUnknown?: boolean;
}

/**
 * The report sheets of a workbook and their templates, the way every use case finds them: the
 * bindings stored in the workbook first (see boundTemplate); then a template given, on the visible
 * sheet that shows most of it; then, where asked and nothing else applies, each sheet's title and
 * labels against the known templates; then, where asked and still nothing is found, the form each
 * visible sheet holds, inferred from the sheet itself.
 */
export function templateSheets(content: WorkbookContent, known: readonly ReportTemplate[], options: TemplateSheetsOptions = {}): TemplateSheet[] {
  const { given } = options;
  const out: TemplateSheet[] = [];
  for (const binding of content.bindings) {
    const sheet = content.sheets.find((s) => s.name === binding.sheetName);
    const template = sheet && boundTemplate(binding, known, given);
    if (sheet && template) out.push({ sheet, template, how: "binding" });
  }
  if (given && !out.some((t) => t.template.id === given.id)) {
    const best = content.sheets
      .filter((s) => s.visibility === "visible")
      .map((sheet) => {
        const report = extractReport(given, sheet);
        // A ledger's entries counted, not its rows of cells made.
        return { sheet, score: Object.keys(report.indicators).length + (report.entries?.rows.length ?? report.rows.length) + (report.headFound ? 1 : 0) };
      })
      .sort((a, b) => b.score - a.score)[0];
    if (best) out.push({ sheet: best.sheet, template: given, how: "given" });
  }
  if (out.length > 0 || !options.byContent) return out;
  // No binding could be had: a sheet whose binding names a template nowhere to be found is read by its content too.
  for (const recognition of recognizeTemplate(content.sheets, content.bindings, known)) {
    const sheet = content.sheets.find((s) => s.name === recognition.sheet);
    if (!sheet || !recognition.template) continue;
    // A sheet like a known form but with rows or columns it lacks holds the office's own form: audited as that.
    const own = options.inferUnknown && recognition.report && leavesCellsOut(recognition.report) ? inferTemplate(sheet) : undefined;
    if (own?.ok) {
      const partial = { sheet: sheet.name, problem: problem("infer.known-partial", { template: recognition.template.title }) };
      out.push({ sheet, template: own.template, how: "inferred", notes: [partial, ...own.notes] });
    } else out.push({ sheet, template: recognition.template, how: "content" });
  }
  if (out.length > 0 || !options.inferUnknown) return out;
  for (const sheet of content.sheets.filter((s) => s.visibility === "visible")) {
    const inferred = inferTemplate(sheet);
    if (inferred.ok) out.push({ sheet, template: inferred.template, how: "inferred", notes: inferred.notes });
  }
  return out;
}
