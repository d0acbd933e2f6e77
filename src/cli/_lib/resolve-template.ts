import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { message } from "../../core/locale";
import { BUILTIN_TEMPLATES, findBuiltinTemplate, loadTemplateText, type ReportTemplate } from "../../core/template";
import { CliError } from "./cli-error";
import { inferNoteLines, isFormWorkbookPath, templateFromForm } from "./form-template";

/** A built-in id has no path separator and no extension; a name that is neither is a file only if one exists. */
async function isTemplateFile(text: string, cwd: string): Promise<boolean> {
  if (/[\\/]/.test(text) || /\.json$/i.test(text)) return true;
  return stat(resolve(cwd, text)).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * The template a command names: a built-in by id, a clerk's own template JSON file by path, checked by
 * the schema so every mistake in it is reported at once, in Chinese — or a workbook holding the office's
 * own form (.xlsx), whose template is inferred; what the inference was unsure of goes to `report`.
 */
export async function resolveTemplate(idOrPath: string, cwd: string, report?: (lines: string[]) => void): Promise<ReportTemplate> {
  const builtin = findBuiltinTemplate(idOrPath);
  if (builtin) return builtin;
  if (isFormWorkbookPath(idOrPath)) {
    const found = await templateFromForm(idOrPath, cwd);
    report?.([message("cli.template-infer.from-form", { file: idOrPath, sheet: found.sheet, title: found.template.title }), ...inferNoteLines(found.notes)]);
    return found.template;
  }
  if (!(await isTemplateFile(idOrPath, cwd))) {
    const known = BUILTIN_TEMPLATES.map((t) => t.id).join("、");
    throw new CliError(message("template.unknown-template", { id: idOrPath, known }), "bad-input");
  }
  let text: string;
  try {
    text = await readFile(resolve(cwd, idOrPath), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? message("cli.error.file-missing") : code === "EISDIR" ? message("xlsx-file.reason-is-folder") : String(code ?? error);
    throw new CliError(message("cli.error.template-file-unreadable", { file: idOrPath, reason }), "bad-input", { cause: error });
  }
  const result = loadTemplateText(text, idOrPath);
  if (!result.ok) throw new CliError(result.message, "bad-input");
  return result.template;
}
