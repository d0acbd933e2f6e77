import { basename, resolve } from "node:path";
import { inferForm } from "../../app";
import type { InferNote } from "../../core/infer";
import { message, problemText } from "../../core/locale";
import type { IndicatorTemplate } from "../../core/template";
import { ReadOnlyWorkbook } from "../../workbook/xlsx/read-only-workbook";
import { CliError } from "./cli-error";
import { loadOrFail } from "./load-or-fail";

/** A path that names a workbook holding a form rather than a template's JSON. */
export function isFormWorkbookPath(path: string): boolean {
  return /\.(xlsx|xlsm)$/i.test(path);
}

/** What the inference was unsure of, a line each, under a heading; nothing when it was sure. */
export function inferNoteLines(notes: readonly InferNote[]): string[] {
  if (notes.length === 0) return [];
  return [message("infer.notes-title", { count: notes.length }), ...notes.map((n) => "  · " + (n.file ? message("infer.note-in-file", { file: n.file, sheet: n.sheet, note: problemText(n.problem) }) : message("infer.note-at", { sheet: n.sheet, note: problemText(n.problem) })))];
}

/** The template of an office's own form in a workbook file; a file or sheet that holds none ends the command (exit 2) with each reason. */
export async function templateFromForm(path: string, cwd: string, sheet?: string): Promise<{ template: IndicatorTemplate; sheet: string; notes: InferNote[] }> {
  const { content } = await loadOrFail(resolve(cwd, path));
  const outcome = await inferForm(new ReadOnlyWorkbook(content, basename(path)), sheet !== undefined ? { sheet } : {});
  if (!outcome.ok) throw new CliError(message("cli.template-infer.failed", { file: path, reasons: outcome.problems.map((p) => "  · " + problemText(p)).join("\n") }), "bad-input");
  return outcome;
}
