import type { Command } from "commander";
import { basename, resolve } from "node:path";
import { auditWorkbook } from "../../app";
import { message, problemText } from "../../core/locale";
import { BUILTIN_TEMPLATES } from "../../core/template";
import { findingFix, findingMessage, severityName, type Finding } from "../../core/validate";
import { ReadOnlyWorkbook } from "../../workbook/xlsx/read-only-workbook";
import { CliError, EXIT_FAILURE, EXIT_OK } from "../_lib/cli-error";
import { printLines, type CliIo } from "../_lib/cli-io";
import { loadOrFail } from "../_lib/load-or-fail";
import { resolveTemplate } from "../_lib/resolve-template";
import { formatTable } from "../_lib/text-table";
import { inferNoteLines } from "../_lib/form-template";

interface ValidateOptions {
  template?: string;
  prev?: string;
  json?: boolean;
}

/** The --json shape of a finding, as the issue states it. */
function findingJson(f: Finding) {
  return { severity: f.severity, code: f.code, sheet: f.location.sheet, cell: f.location.cell, indicator: f.indicator ?? null, input: f.input ?? null, message: findingMessage(f) };
}

/** A workbook file the command cannot do without, behind the port. */
async function workbookAt(path: string) {
  const { content, notes } = await loadOrFail(path);
  return { workbook: new ReadOnlyWorkbook(content, basename(path)), notes };
}

/**
 * `huibao validate <file.xlsx> [--template <id|file>] [--prev <previous.xlsx>] [--json]`: exit 0 when
 * there is no 错误, 1 when there is, 2 when the file cannot be used. A workbook that carries no
 * template is recognised by its titles and labels, as the pane does.
 */
export function registerValidate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command("validate")
    .description(message("cli.validate.description"))
    .argument("<file>", message("cli.validate.arg-file"))
    .option("--template <id|file>", message("cli.validate.option-template"))
    .option("--prev <file>", message("cli.validate.option-prev"))
    .option("--json", message("cli.validate.option-json"))
    .action(async (file: string, options: ValidateOptions) => {
      const template = options.template ? await resolveTemplate(options.template, io.cwd, (lines) => printLines(io.err, lines)) : undefined;
      const { workbook, notes } = await workbookAt(resolve(io.cwd, file));
      const previous = options.prev ? (await workbookAt(resolve(io.cwd, options.prev))).workbook : undefined;
      const outcome = await auditWorkbook(workbook, { scope: { kind: "workbook" }, templates: BUILTIN_TEMPLATES, template, previous, inferUnknown: true });
      if (outcome.sheets.length === 0)
        throw new CliError(message("cli.validate.no-template", { file, known: BUILTIN_TEMPLATES.map((t) => t.id).join("、") }), "bad-input");
      const findings = outcome.items.map((item) => item.finding);
      setExit(outcome.summary.error > 0 ? EXIT_FAILURE : EXIT_OK);
      const inferred = inferNoteLines(outcome.inferNotes);
      if (options.json) {
        printLines(io.err, inferred);
        io.out(JSON.stringify({ file, findings: findings.map(findingJson), summary: outcome.summary }, null, 2) + "\n");
        return;
      }
      const lines = [...notes.map((note) => problemText(note)), message("cli.validate.sheets", { sheets: outcome.sheets.map((s) => (s.how === "inferred" ? message("cli.validate.sheet-inferred", { sheet: s.sheet }) : `${s.sheet}（${s.templateId}）`)).join("、") }), ...inferred];
      if (findings.length === 0) {
        printLines(io.out, [...lines, message("cli.validate.clean")]);
        return;
      }
      const rows = findings.map((f) => {
        const fix = findingFix(f);
        const text = findingMessage(f) + (fix ? "；" + message("cli.validate.fix", { fix }) : "");
        return [severityName(f.severity), f.location.sheet, f.location.cell, f.indicator ?? "", f.input ?? "", text];
      });
      printLines(io.out, [...lines, "", ...formatTable([message("cli.validate.head").split("|"), ...rows]), "", message("cli.validate.summary", outcome.summary)]);
    });
}
