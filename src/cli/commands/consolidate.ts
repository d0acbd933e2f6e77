import type { Command } from "commander";
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { dominantTemplate } from "../../core/recognize";
import { consolidate, ConsolidationRun, isUnreadableInput, summaryPlans, toJson, type ConsolidationResult, type ReadInput, type Roster, type UnitInput } from "../../core/consolidate";
import { message, problemText } from "../../core/locale";
import { summaryNarrative } from "../../core/narrative";
import { BUILTIN_TEMPLATES, type ReportTemplate } from "../../core/template";
import { auditForConsolidation } from "../../core/validate";
import { writeSummary } from "../../workbook/write-summary";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { writeXlsxFile } from "../../workbook/xlsx/xlsx-file";
import { CliError } from "../_lib/cli-error";
import { printLines, type CliIo } from "../_lib/cli-io";
import { expandInputs } from "../_lib/expand-inputs";
import { loadRoster } from "../_lib/load-roster";
import { loadUnitInput } from "../_lib/load-unit-input";
import { resolveTemplate } from "../_lib/resolve-template";

interface ConsolidateCliOptions {
  template?: string;
  region?: string;
  roster?: string;
  output: string;
  office?: string;
  force?: boolean;
  json?: boolean;
}

/** Read every file and hand it on; a file that cannot be used becomes a rejected input with its reason, never a stop. */
async function readInputs(files: readonly string[], io: CliIo, signal: AbortSignal, take: (input: UnitInput) => void): Promise<void> {
  for (const [i, path] of files.entries()) {
    // Reading is synchronous: let Ctrl+C through now and then.
    if (i % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
    signal.throwIfAborted();
    io.progress?.(message("cli.consolidate.progress", { done: i + 1, total: files.length, file: basename(path) }));
    take(await loadUnitInput(path, i, { signal }));
  }
}

/**
 * With the template known, each file is read against it as soon as it is loaded and its cells let go;
 * otherwise all are loaded first, to find the template most of them hold.
 */
async function consolidateFiles(files: readonly string[], given: ReportTemplate | undefined, roster: Roster | undefined, io: CliIo, signal: AbortSignal): Promise<ConsolidationResult> {
  const options = { roster, validate: auditForConsolidation, signal };
  if (given) {
    const run = new ConsolidationRun({ ...options, template: given });
    await readInputs(files, io, signal, (input) => run.add(input));
    return run.finish();
  }
  const inputs: UnitInput[] = [];
  await readInputs(files, io, signal, (input) => inputs.push(input));
  const template = dominantTemplate(inputs.filter((i) => !isUnreadableInput(i)) as ReadInput[], BUILTIN_TEMPLATES);
  if (!template) throw new CliError(message("cli.consolidate.no-template", { known: BUILTIN_TEMPLATES.map((t) => t.id).join("、") }), "bad-input");
  return consolidate(inputs, { ...options, template });
}

function report(result: ConsolidationResult, output: string, sheets: string[]): string[] {
  const names = (list: readonly string[]) => list.join("、");
  const json = toJson(result, output);
  const lines = [
    message("cli.consolidate.title", { title: result.template.title, period: result.period ?? "" }),
    message("cli.consolidate.received", { files: result.inputs.length, units: result.units.length }),
  ];
  if (result.missing.length) lines.push(message("cli.consolidate.missing", { count: result.missing.length, names: names(result.missing.map((u) => u.name)) }));
  if (result.zeroReports.length) lines.push(message("cli.consolidate.zero", { names: names(result.zeroReports) }));
  for (const d of result.duplicates) lines.push(message("cli.consolidate.duplicate", { unit: d.unit, kept: d.kept, dropped: names(d.dropped) }));
  if (result.outsideRoster.length) lines.push(message("cli.consolidate.outside", { names: names(result.outsideRoster) }));
  for (const input of result.inputs.filter((i) => i.status === "rejected")) lines.push(message("cli.consolidate.rejected", { file: input.file, reason: input.reason ? problemText(input.reason) : "" }));
  lines.push(message("cli.consolidate.totals"));
  for (const [name, value] of Object.entries(json.totals)) lines.push(`  ${name}：${Number(value.toFixed(4))}`);
  lines.push(message("cli.consolidate.findings", json.findings), message("cli.consolidate.written", { file: output, sheets: names(sheets) }));
  return lines;
}

/**
 * `huibao consolidate <files|folders…> [--template <id|file>] [--roster <file>] -o <summary.xlsx> [--json]`.
 * The summary is written in one go after everything was read (to a temp file renamed into place),
 * so a cancelled or failed run leaves no partial output.
 */
export function registerConsolidate(program: Command, io: CliIo): void {
  program
    .command("consolidate")
    .description(message("cli.consolidate.description"))
    .argument("<inputs...>", message("cli.consolidate.arg-inputs"))
    .option("--template <id|file>", message("cli.consolidate.option-template"))
    .option("--roster <file>", message("cli.consolidate.option-roster"))
    .requiredOption("-o, --output <file>", message("cli.consolidate.option-output"))
    .option("--office <name>", message("cli.consolidate.option-office"))
    .option("--region <辖区>", message("cli.consolidate.option-region"))
    .option("--force", message("cli.consolidate.option-force"))
    .option("--json", message("cli.consolidate.option-json"))
    .action(async (args: string[], options: ConsolidateCliOptions) => {
      const output = resolve(io.cwd, options.output);
      if (!/\.xlsx$/i.test(output)) throw new CliError(message("cli.consolidate.output-extension", { file: options.output }), "bad-input");
      if (existsSync(output) && !options.force) throw new CliError(message("cli.consolidate.output-exists", { file: options.output }), "bad-input");
      const { files, missing } = await expandInputs(args, io.cwd);
      if (missing.length) throw new CliError(message("cli.consolidate.inputs-missing", { names: missing.join("、") }), "bad-input");
      const inputFiles = files.filter((f) => f !== output);
      if (inputFiles.length === 0) throw new CliError(message("cli.consolidate.no-inputs"), "bad-input");
      const given = options.template ? await resolveTemplate(options.template, io.cwd) : undefined;
      const roster = options.roster ? await loadRoster(options.roster, io.cwd) : undefined;

      const controller = new AbortController();
      const cancel = () => controller.abort();
      io.onInterrupt?.(cancel);
      try {
        const result = await consolidateFiles(inputFiles, given, roster, io, controller.signal);
        const template = result.template;
        const narrative = summaryNarrative(result, { region: options.region });
        const [totalSheet, ...listings] = summaryPlans(result, { officeName: options.office, reportDate: new Date() });
        const plans = [totalSheet, narrative.plans[0], ...listings, ...narrative.plans.slice(1)];
        const workbook = XlsxWorkbook.create(basename(output));
        await writeSummary(workbook, plans, template);
        controller.signal.throwIfAborted();
        await writeXlsxFile(output, workbook);
        if (options.json) io.out(JSON.stringify(toJson(result, options.output), null, 2) + "\n");
        else printLines(io.out, [...report(result, options.output, plans.filter((p) => !p.veryHidden).map((p) => p.sheetName)), "", message("cli.consolidate.narrative"), narrative.text]);
      } catch (error) {
        if (controller.signal.aborted) throw new CliError(message("cli.consolidate.cancelled"), "failure", { cause: error });
        throw error;
      } finally {
        io.offInterrupt?.(cancel);
      }
    });
}
