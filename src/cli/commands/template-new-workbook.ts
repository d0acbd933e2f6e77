import { mkdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { distributeForms, type RosterSource } from "../../app";
import { message, problemText } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { writeXlsxFile } from "../../workbook/xlsx/xlsx-file";
import { CliError } from "../_lib/cli-error";
import { fileExists } from "../_lib/file-exists";
import { printLines, type CliIo } from "../_lib/cli-io";
import { loadOrFail } from "../_lib/load-or-fail";
import { resolveTemplate } from "../_lib/resolve-template";
import { buildUnitWorkbook } from "../_lib/unit-workbook";

interface Options {
  unit?: string;
  roster?: string;
  period?: string;
  output: string;
  force?: boolean;
}


/** One unit's workbook at -o. */
async function oneUnit(found: ReportTemplate, unit: string, period: string | undefined, options: Options, io: CliIo): Promise<void> {
  if (!unit) throw new CliError(message("cli.error.unit-empty"), "bad-input");
  if (!/\.xlsx$/i.test(options.output)) throw new CliError(message("cli.error.output-not-xlsx", { file: options.output }), "bad-input");
  const path = resolve(io.cwd, options.output);
  if (!options.force && (await fileExists(path))) throw new CliError(message("cli.error.output-exists", { file: options.output }), "bad-input");
  const { workbook, plan } = await buildUnitWorkbook(found, { unit, ...(period ? { period } : {}) });
  await writeXlsxFile(path, workbook);
  printLines(io.out, [message("cli.template-new.written", { file: options.output, unit, title: found.title, sheet: plan.sheetName })]);
}

/**
 * A workbook for every unit of the roster, in the folder -o (made if missing), each named for its unit.
 * Nothing is written when any of the files exists already (without --force) or the roster cannot be read.
 */
async function everyUnit(found: ReportTemplate, rosterFile: string, period: string | undefined, options: Options, io: CliIo): Promise<void> {
  if (/\.xlsx$/i.test(options.output)) throw new CliError(message("cli.template-new.roster-needs-folder", { file: options.output }), "bad-input");
  const folder = resolve(io.cwd, options.output);
  if ((await fileExists(folder)) && !(await stat(folder)).isDirectory()) throw new CliError(message("cli.template-new.roster-needs-folder", { file: options.output }), "bad-input");
  const roster: RosterSource = { name: rosterFile, read: async () => ({ ok: true, sheets: (await loadOrFail(resolve(io.cwd, rosterFile))).content.sheets }) };

  let names: string[] = [];
  const outcome = await distributeForms({
    template: found,
    roster,
    ...(period ? { period } : {}),
    // A file already there stops everything before a byte is written.
    before: async (files) => {
      names = files.map((f) => f.fileName);
      const taken = [];
      if (!options.force) for (const name of names) if (await fileExists(join(folder, name))) taken.push(name);
      if (taken.length) throw new CliError(message("cli.template-new.roster-files-exist", { folder: options.output, files: taken.join("、") }), "bad-input");
      await mkdir(folder, { recursive: true });
    },
    newWorkbook: (_unit, fileName) => XlsxWorkbook.create(fileName),
    made: async ({ fileName, workbook }) => writeXlsxFile(join(folder, fileName), workbook),
  });
  if (!outcome.ok && "nameClash" in outcome) throw new CliError(message("cli.template-new.roster-name-clash", { file: outcome.nameClash }), "bad-input");
  if (!outcome.ok) {
    const problems = outcome.refusal.problems.map((p) => problemText(p)).join("；") || "—";
    throw new CliError(message("cli.consolidate.roster-unusable", { file: rosterFile, problems }), "bad-input");
  }
  printLines(io.out, [message("cli.template-new.roster-written", { count: names.length, roster: rosterFile, folder: options.output, title: found.title, files: names.join("、") })]);
}

/**
 * `huibao template new-workbook <id> --unit 城关镇 [--period 2023年2月] -o 城关镇.xlsx [--force]`: a blank
 * unit workbook to send down to a unit; `--roster 单位名录.xlsx -o 下发/` makes one for every unit of the
 * roster. An existing file is never overwritten without --force.
 */
export function registerTemplateNewWorkbook(template: Command, io: CliIo): void {
  template
    .command("new-workbook")
    .description(message("cli.template-new.description"))
    .argument("<id>", message("cli.template.argument-id"))
    .option("--unit <填报单位>", message("cli.template-new.option-unit"))
    .option("--roster <单位名录.xlsx>", message("cli.template-new.option-roster"))
    .option("--period <报告期>", message("cli.template-new.option-period"))
    .requiredOption("-o, --output <文件.xlsx|文件夹>", message("cli.template-new.option-output"))
    .option("-f, --force", message("cli.template-new.option-force"))
    .action(async (id: string, options: Options) => {
      if ((options.unit === undefined) === (options.roster === undefined)) throw new CliError(message("cli.template-new.unit-or-roster"), "bad-input");
      const found = await resolveTemplate(id, io.cwd);
      const period = options.period?.trim();
      if (options.roster !== undefined) await everyUnit(found, options.roster, period, options, io);
      else await oneUnit(found, options.unit!.trim(), period, options, io);
    });
}
