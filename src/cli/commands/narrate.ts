import type { Command } from "commander";
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { findSummaries, narrateSummary, type SummarySource } from "../../app";
import { message } from "../../core/locale";
import { renderMarkdown, renderPlainText } from "../../core/narrative";
import { BUILTIN_TEMPLATES, type ReportTemplate } from "../../core/template";
import { ReadOnlyWorkbook } from "../../workbook/xlsx/read-only-workbook";
import { CliError } from "../_lib/cli-error";
import type { CliIo } from "../_lib/cli-io";
import { loadOrFail } from "../_lib/load-or-fail";
import { resolveTemplate } from "../_lib/resolve-template";
import { writeXlsxFile } from "../../workbook/xlsx/xlsx-file";

interface NarrateOptions {
  prev?: string;
  template?: string;
  region?: string;
  json?: boolean;
  markdown?: boolean;
  docx?: string;
  force?: boolean;
}

/** The summary a file holds — or, on the command line, a unit's own form — or a clean refusal naming the file. */
async function summaryOf(path: string, file: string, templates: readonly ReportTemplate[], given?: ReportTemplate): Promise<SummarySource> {
  const { content } = await loadOrFail(path);
  const [found] = await findSummaries(new ReadOnlyWorkbook(content, basename(path)), templates, { given, reports: true });
  if (!found) throw new CliError(message("cli.narrate.not-summary", { file }), "bad-input");
  return found;
}

/** `huibao narrate <summary.xlsx> [--prev <previous summary.xlsx>] [--template <id|file>] [--json] [--docx <综述.docx> [--force]]`. */
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
    .option("--docx <file>", message("cli.narrate.option-docx"))
    .option("--force", message("cli.narrate.option-force"))
    .action(async (file: string, options: NarrateOptions) => {
      const docx = options.docx ? resolve(io.cwd, options.docx) : undefined;
      if (docx && existsSync(docx) && !options.force) throw new CliError(message("cli.narrate.docx-exists", { file: options.docx! }), "bad-input");
      const given = options.template ? await resolveTemplate(options.template, io.cwd) : undefined;
      const summary = await summaryOf(resolve(io.cwd, file), file, BUILTIN_TEMPLATES, given);
      const previous = options.prev ? await summaryOf(resolve(io.cwd, options.prev), options.prev, [summary.template], summary.template) : undefined;
      const { spec, errors, notices } = narrateSummary(summary, { region: options.region, previous });
      if (errors.length) throw new CliError(message("cli.narrate.template-errors", { errors: errors.map((e) => e.message).join("；") }), "failure");
      if (options.json) io.out(JSON.stringify({ file, template: summary.template.id, text: renderPlainText(spec), spec, notices: notices.map((n) => n.message) }, null, 2) + "\n");
      else io.out((options.markdown ? renderMarkdown(spec) : renderPlainText(spec)) + "\n");
      if (docx) {
        // The docx library is loaded only here, when a .docx is asked for: the paragraph alone never waits for it.
        const { narrativeDocx } = await import("../_lib/narrative-docx");
        const bytes = await narrativeDocx(renderPlainText(spec));
        // Written beside the target and renamed over it, as summaries are: a failed write leaves no half file.
        await writeXlsxFile(docx, { toBytes: async () => bytes });
        io.err(message("cli.narrate.docx-written", { file: options.docx! }) + "\n");
      }
      // What was left out of the paragraph, and why, goes beside it, never into it.
      for (const notice of notices) io.err(notice.message + "\n");
    });
}
