import { message } from "../locale";
import { jsonErrorPlace } from "./_lib/json-error-place";
import { checkReferences } from "./check-references";
import { templateSchema } from "./schema";
import { problemsFromZod, type TemplateProblem } from "./template-problems";
import type { ReportTemplate } from "./types";

export type TemplateLoadResult =
  | { ok: true; template: ReportTemplate }
  | { ok: false; problems: TemplateProblem[]; message: string };

/**
 * Check a template given as parsed JSON. A clerk's own template file with a mistake gets every
 * problem at once, each naming its place, in one Chinese message.
 */
export function checkTemplate(json: unknown, source: string): TemplateLoadResult {
  const parsed = templateSchema().safeParse(json);
  const problems = parsed.success ? checkReferences(parsed.data as ReportTemplate) : problemsFromZod(json, parsed.error);
  if (parsed.success && problems.length === 0) return { ok: true, template: parsed.data as ReportTemplate };
  const details = problems.map((p) => "  · " + message("template.problem", { place: p.place, message: p.message })).join("\n");
  return { ok: false, problems, message: message("template.invalid", { source, count: problems.length, details }) };
}

/** Check a template given as the text of a JSON file. */
export function loadTemplateText(text: string, source: string): TemplateLoadResult {
  // Notepad on Windows saves UTF-8 with a byte-order mark, which JSON.parse rejects.
  const body = text.replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const { line, column, reason } = jsonErrorPlace(body, error);
    const explanation =
      line !== undefined && column !== undefined
        ? message("template.not-json-at", { source, line, column, detail: reason })
        : message("template.not-json", { source, detail: reason });
    return { ok: false, problems: [], message: explanation };
  }
  return checkTemplate(json, source);
}
