import { resolve } from "node:path";
import type { Command } from "commander";
import { message } from "../../core/locale";
import { writeXlsxFile } from "../../workbook/xlsx/xlsx-file";
import { CliError } from "../_lib/cli-error";
import { fileExists } from "../_lib/file-exists";
import { printLines, type CliIo } from "../_lib/cli-io";
import { resolveTemplate } from "../_lib/resolve-template";
import { buildUnitWorkbook } from "../_lib/unit-workbook";

interface Options {
  unit: string;
  period?: string;
  output: string;
  force?: boolean;
}

/**
 * `huibao template new-workbook <id> --unit 城关镇 [--period 2023年2月] -o 城关镇.xlsx [--force]`:
 * a blank unit workbook to send down to a unit. An existing file is never overwritten without --force.
 */
export function registerTemplateNewWorkbook(template: Command, io: CliIo): void {
  template
    .command("new-workbook")
    .description(message("cli.template-new.description"))
    .argument("<id>", message("cli.template.argument-id"))
    .requiredOption("--unit <填报单位>", message("cli.template-new.option-unit"))
    .option("--period <报告期>", message("cli.template-new.option-period"))
    .requiredOption("-o, --output <文件.xlsx>", message("cli.template-new.option-output"))
    .option("-f, --force", message("cli.template-new.option-force"))
    .action(async (id: string, options: Options) => {
      const found = await resolveTemplate(id, io.cwd);
      const unit = options.unit.trim();
      if (!unit) throw new CliError(message("cli.error.unit-empty"), "bad-input");
      if (!/\.xlsx$/i.test(options.output)) throw new CliError(message("cli.error.output-not-xlsx", { file: options.output }), "bad-input");
      const path = resolve(io.cwd, options.output);
      if (!options.force && (await fileExists(path))) throw new CliError(message("cli.error.output-exists", { file: options.output }), "bad-input");

      const period = options.period?.trim();
      const { workbook, plan } = await buildUnitWorkbook(found, { unit, ...(period ? { period } : {}) });
      await writeXlsxFile(path, workbook);
      printLines(io.out, [message("cli.template-new.written", { file: options.output, unit, title: found.title, sheet: plan.sheetName })]);
    });
}
