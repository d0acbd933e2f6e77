import { inferTemplate, type InferCode, type InferNote } from "../../core/infer";
import { problem, type Problem } from "../../core/locale";
import type { IndicatorTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import type { Progress } from "../progress";

export interface InferFormRequest {
  /** The sheet holding the form (the pane's current sheet, --sheet); by default the first visible sheet that reads as one. */
  sheet?: string;
}

export type InferFormOutcome =
  | { ok: true; sheet: string; template: IndicatorTemplate; notes: InferNote[] }
  | { ok: false; problems: Array<Problem<InferCode>> };

/**
 * Infer a form: the template of an office's own form, read off a sheet of a workbook, blank or filled
 * (see inferTemplate), with what it was not sure of. Without a sheet named, the visible sheets are
 * tried in tab order; when none reads as a form, each one's reason is returned.
 */
export async function inferForm(port: WorkbookPort, request: InferFormRequest = {}, progress: Progress = {}): Promise<InferFormOutcome> {
  const infos = await port.listSheets();
  const visible = infos.filter((s) => s.visibility === "visible").map((s) => s.name);
  if (request.sheet !== undefined && !infos.some((s) => s.name === request.sheet))
    return { ok: false, problems: [problem("infer.no-sheet", { sheet: request.sheet, sheets: visible.join("、") })] };
  const problems: Array<Problem<InferCode>> = [];
  for (const name of request.sheet !== undefined ? [request.sheet] : visible) {
    progress.signal?.throwIfAborted();
    const outcome = inferTemplate(await port.readSheet(name));
    if (outcome.ok) return { ok: true, sheet: name, template: outcome.template, notes: outcome.notes };
    problems.push(outcome.problem);
  }
  return { ok: false, problems };
}
