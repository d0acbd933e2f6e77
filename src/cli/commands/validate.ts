import type { Command } from "commander";
import { resolve } from "node:path";
import { message, problemText } from "../../core/locale";
import { BUILTIN_TEMPLATES } from "../../core/template";
import { findingFix, findingMessage, severityName, validateWorkbook, type Finding } from "../../core/validate";
import { CliError, EXIT_FAILURE, EXIT_OK } from "../_lib/cli-error";
import { printLines, type CliIo } from "../_lib/cli-io";
import { loadOrFail } from "../_lib/load-or-fail";
import { resolveTemplate } from "../_lib/resolve-template";
import { formatTable } from "../_lib/text-table";

interface ValidateOptions {
  template?: string;
  prev?: string;
  json?: boolean;
}

/** The --json shape of a finding, as the issue states it. */
function findingJson(f: Finding) {
  return { severity: f.severity, code: f.code, sheet: f.location.sheet, cell: f.location.cell, indicator: f.indicator ?? null, input: f.input ?? null, message: findingMessage(f) };
}

/**
 * `huibao validate <file.xlsx> [--template <id|file>] [--prev <previous.xlsx>] [--json]`: exit 0 when
 * there is no 错误, 1 when there is, 2 when the file cannot be used.
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
      const given = options.template ? await resolveTemplate(options.template, io.cwd) : undefined;
      const { content, notes } = await loadOrFail(resolve(io.cwd, file));
      const previous = options.prev ? (await loadOrFail(resolve(io.cwd, options.prev))).content : undefined;
      const result = validateWorkbook(content, { known: BUILTIN_TEMPLATES, template: given, previous });
      if (result.sheets.length === 0)
        throw new CliError(message("cli.validate.no-template", { file, known: BUILTIN_TEMPLATES.map((t) => t.id).join("、") }), "bad-input");
      setExit(result.summary.error > 0 ? EXIT_FAILURE : EXIT_OK);
      if (options.json) {
        io.out(JSON.stringify({ file, findings: result.findings.map(findingJson), summary: result.summary }, null, 2) + "\n");
        return;
      }
      const lines = [...notes.map((note) => problemText(note)), message("cli.validate.sheets", { sheets: result.sheets.map((s) => `${s.sheet}（${s.templateId}）`).join("、") })];
      if (result.findings.length === 0) {
        printLines(io.out, [...lines, message("cli.validate.clean")]);
        return;
      }
      const rows = result.findings.map((f) => {
        const fix = findingFix(f);
        const text = findingMessage(f) + (fix ? "；" + message("cli.validate.fix", { fix }) : "");
        return [severityName(f.severity), f.location.sheet, f.location.cell, f.indicator ?? "", f.input ?? "", text];
      });
      printLines(io.out, [...lines, "", ...formatTable([message("cli.validate.head").split("|"), ...rows]), "", message("cli.validate.summary", result.summary)]);
    });
}
