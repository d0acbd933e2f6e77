import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Command } from "commander";
import { message } from "../../core/locale";
import { tableColumns, tableRows } from "../../core/template";
import { CliError } from "../_lib/cli-error";
import { fileExists } from "../_lib/file-exists";
import { printLines, type CliIo } from "../_lib/cli-io";
import { describeTemplate } from "../_lib/describe-template";
import { inferNoteLines, templateFromForm } from "../_lib/form-template";

interface Options {
  sheet?: string;
  output: string;
  force?: boolean;
}

/**
 * `huibao template infer <表式.xlsx> [--sheet 名称] -o <表式.json> [--force]`: the template of an
 * office's own form, read off the workbook; what it was unsure of is printed, then the form as the
 * template describes it (as `template show` does).
 */
export function registerTemplateInfer(template: Command, io: CliIo): void {
  template
    .command("infer")
    .description(message("cli.template-infer.description"))
    .argument("<file>", message("cli.template-infer.argument-file"))
    .option("--sheet <名称>", message("cli.template-infer.option-sheet"))
    .requiredOption("-o, --output <表式.json>", message("cli.template-infer.option-output"))
    .option("-f, --force", message("cli.template-infer.option-force"))
    .action(async (file: string, options: Options) => {
      if (!/\.json$/i.test(options.output)) throw new CliError(message("cli.template-infer.output-not-json", { file: options.output }), "bad-input");
      const output = resolve(io.cwd, options.output);
      if ((await fileExists(output)) && !options.force) throw new CliError(message("cli.error.output-exists", { file: options.output }), "bad-input");
      const found = await templateFromForm(file, io.cwd, options.sheet);
      await writeFile(output, JSON.stringify(found.template, null, 2) + "\n", "utf8");
      const rows = tableRows(found.template).filter((r) => !r.isTotal).length;
      const written = message("cli.template-infer.written", { file, sheet: found.sheet, title: found.template.title, output: options.output, rows, columns: tableColumns(found.template).length });
      printLines(io.out, [written, ...inferNoteLines(found.notes), "", ...describeTemplate(found.template)]);
    });
}
