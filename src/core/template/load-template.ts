import { message } from "../locale";
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
  const parsed = templateSchema.safeParse(json);
  const problems = parsed.success ? checkReferences(parsed.data as ReportTemplate) : problemsFromZod(json, parsed.error);
  if (parsed.success && problems.length === 0) return { ok: true, template: parsed.data as ReportTemplate };
  const details = problems.map((p) => "  · " + message("template.problem", { place: p.place, message: p.message })).join("\n");
  return { ok: false, problems, message: message("template.invalid", { source, count: problems.length, details }) };
}

/** Check a template given as the text of a JSON file. */
export function loadTemplateText(text: string, source: string): TemplateLoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [], message: message("template.not-json", { source, detail }) };
  }
  return checkTemplate(json, source);
}
