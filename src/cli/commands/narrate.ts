import type { Command } from "commander";
import { resolve } from "node:path";
import { message } from "../../core/locale";
import { generateNarrative, narrativeInputFromSummary, renderMarkdown, renderPlainText, summaryTotals } from "../../core/narrative";
import { BUILTIN_TEMPLATES, type ReportTemplate } from "../../core/template";
import { templateSheets, type WorkbookContent } from "../../core/recognize";
import { CliError } from "../_lib/cli-error";
import type { CliIo } from "../_lib/cli-io";
import { loadOrFail } from "../_lib/load-or-fail";
import { resolveTemplate } from "../_lib/resolve-template";

interface NarrateOptions {
  prev?: string;
  template?: string;
  region?: string;
  json?: boolean;
  markdown?: boolean;
}

function totalSheetOf(content: WorkbookContent, file: string, given?: ReportTemplate) {
  const found = templateSheets(content, BUILTIN_TEMPLATES, { given })[0];
  if (!found) throw new CliError(message("cli.narrate.not-summary", { file }), "bad-input");
  return found;
}

/** `huibao narrate <summary.xlsx> [--prev <previous summary.xlsx>] [--template <id|file>] [--json]`. */
export function registerNarrate(program: Command, io: CliIo): void {
  program
    .command("narrate")
    .description(message("cli.narrate.description"))
    .argument("<summary>", message("cli.narrate.arg-file"))
    .option("--prev <file>", message("cli.narrate.option-prev"))
    .option("--template <id|file>", message("cli.narrate.option-template"))
    .option("--region <辖区>", message("cli.narrate.option-region"))
    .option("--json", message("cli.narrate.option-json"))
    .option("--markdown", message("cli.narrate.option-markdown"))
    .action(async (file: string, options: NarrateOptions) => {
      const given = options.template ? await resolveTemplate(options.template, io.cwd) : undefined;
      const { content } = await loadOrFail(resolve(io.cwd, file));
      const { sheet, template } = totalSheetOf(content, file, given);
      const input = narrativeInputFromSummary(template, sheet, content.sheets);
      if (options.region) input.region = options.region;
      if (options.prev) {
        const previous = (await loadOrFail(resolve(io.cwd, options.prev))).content;
        input.previous = summaryTotals(template, totalSheetOf(previous, options.prev, template).sheet);
      }
      const { spec, errors } = generateNarrative(input);
      if (errors.length) throw new CliError(message("cli.narrate.template-errors", { errors: errors.map((e) => e.message).join("；") }), "failure");
      if (options.json) io.out(JSON.stringify({ file, template: template.id, text: renderPlainText(spec), spec }, null, 2) + "\n");
      else io.out((options.markdown ? renderMarkdown(spec) : renderPlainText(spec)) + "\n");
    });
}
