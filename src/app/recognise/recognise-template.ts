import type { SheetSnapshot } from "../../core/sheet";
import { templateSheets, type TemplateSheet, type WorkbookContent } from "../../core/recognize";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import type { Progress } from "../progress";

export interface RecogniseRequest {
  /** The templates a binding may name, and the content is recognised against. */
  templates: readonly ReportTemplate[];
  /** Only this sheet (the pane's current sheet); by default every visible sheet a binding names. */
  sheet?: string;
  /** A template the clerk named (--template): found on the visible sheet that shows most of it. */
  given?: ReportTemplate;
  /** When nothing is bound or given, recognise the visible sheets by their title and labels. */
  byContent?: boolean;
  /** When that finds no known form either, infer each visible sheet's own form. */
  inferUnknown?: boolean;
}

export interface Recognition {
  /** What was read of the workbook: the bindings and the sheets looked at. */
  content: WorkbookContent;
  /** The report sheets found and their templates, with how each was found. */
  found: TemplateSheet[];
}

/**
 * Recognise a template: which report sheets a workbook holds and the template of each — its
 * binding, else the template named, else (when asked) its title and labels. Only the sheets that can
 * matter are read through the port: a workbook may hold large sheets of its own that no report is.
 */
export async function recogniseTemplate(port: WorkbookPort, request: RecogniseRequest, progress: Progress = {}): Promise<Recognition> {
  const [infos, bindings] = await Promise.all([port.listSheets(), port.readBindings()]);
  const visible = infos.filter((s) => s.visibility === "visible").map((s) => s.name);
  const bound = visible.filter((name) => bindings.some((b) => b.sheetName === name));
  const everyVisible = request.given !== undefined || (request.byContent === true && bound.length === 0);
  const wanted = request.sheet !== undefined ? visible.filter((name) => name === request.sheet) : everyVisible ? visible : bound;
  const sheets: SheetSnapshot[] = [];
  for (const name of wanted) {
    progress.signal?.throwIfAborted();
    sheets.push(await port.readSheet(name));
  }
  const content = { sheets, bindings };
  return { content, found: templateSheets(content, request.templates, { given: request.given, byContent: request.byContent, inferUnknown: request.inferUnknown }) };
}
