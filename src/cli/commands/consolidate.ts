import type { Command } from "commander";
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { consolidateUnits, writeSummary, type ConsolidationRefusal, type RosterSource, type Summary } from "../../app";
import { toJson, uncountedNote, type ConsolidationResult } from "../../core/consolidate";
import type { SheetPlan } from "../../core/layout";
import { message, problemText } from "../../core/locale";
import { BUILTIN_TEMPLATES } from "../../core/template";
import { PlannedXlsxWorkbook } from "../../workbook/xlsx/write";
import { writeXlsxFile } from "../../workbook/xlsx/xlsx-file";
import { CliError } from "../_lib/cli-error";
import { printLines, type CliIo } from "../_lib/cli-io";
import { expandInputs } from "../_lib/expand-inputs";
import { loadOrFail } from "../_lib/load-or-fail";
import { loadUnitInput } from "../_lib/load-unit-input";
import { deflateWorkerPacker } from "../_lib/deflate-worker-packer";
import { nativePacker } from "../_lib/native-packer";
import { resolveTemplate } from "../_lib/resolve-template";
import { inferNoteLines } from "../_lib/form-template";
import { parallelReader } from "../_lib/parallel-read/parallel-reader";

interface ConsolidateCliOptions {
  template?: string;
  region?: string;
  roster?: string;
  output: string;
  office?: string;
  preparer?: string;
  phone?: string;
  force?: boolean;
  json?: boolean;
}

/** The roster file: a file that cannot be read ends the command, as any file it cannot do without. */
function rosterFile(path: string, cwd: string): RosterSource {
  return { name: path, read: async () => ({ ok: true, sheets: (await loadOrFail(resolve(cwd, path))).content.sheets }) };
}

/**
 * Cells from which the summary's parts are deflated on a thread of their own (deflateWorkerPacker): a
 * thread costs some 10 MB and a tenth of a second to start, which a summary of 500 tables (some 55,000
 * cells, a few MB of XML) does not win back; a 200-ledger summary's 900,000 cells (64 MB) do.
 */
const WORKER_DEFLATE_FROM = 200_000;

function plannedCellCount(plans: readonly SheetPlan[]): number {
  return plans.reduce((sum, plan) => sum + plan.cells.length + (plan.blocks ?? []).reduce((cells, block) => cells + block.rowCount * block.looks.length, 0), 0);
}

function refusalText(refusal: ConsolidationRefusal): string {
  if (refusal.kind === "no-template") return message("cli.consolidate.no-template", { known: BUILTIN_TEMPLATES.map((t) => t.id).join("、") });
  return message("cli.consolidate.roster-unusable", { file: refusal.roster, problems: refusal.problems.map((p) => problemText(p)).join("；") || "—" });
}

function report(result: ConsolidationResult, output: string, summary: Summary, signed: boolean): string[] {
  const names = (list: readonly string[]) => list.join("、");
  const json = toJson(result, output);
  const sheets = summary.plans.filter((p) => !p.veryHidden).map((p) => p.sheetName);
  const lines = [
    message("cli.consolidate.title", { title: result.template.title, period: result.period ?? "" }),
    // A workbook holding several units' forms has an account per form: files are counted once.
    message("cli.consolidate.received", { files: new Set(result.inputs.map((i) => i.file)).size, units: result.units.length }),
  ];
  if (result.missing.length) lines.push(message("cli.consolidate.missing", { count: result.missing.length, names: names(result.missing.map((u) => u.name)) }));
  if (result.zeroReports.length) lines.push(message("cli.consolidate.zero", { names: names(result.zeroReports) }));
  for (const d of result.duplicates) lines.push(message("cli.consolidate.duplicate", { unit: d.unit, kept: d.kept, dropped: names(d.dropped) }));
  if (result.outsideRoster.length) lines.push(message("cli.consolidate.outside", { names: names(result.outsideRoster) }));
  if (result.covered?.length) lines.push(message("cli.consolidate.covered", { names: names(result.covered.map((c) => `${c.unit}（${c.by}）`)) }));
  for (const input of result.inputs.filter((i) => i.status === "rejected")) lines.push(message("cli.consolidate.rejected", { file: input.file, reason: input.reason ? problemText(input.reason) : "" }));
  lines.push(message("cli.consolidate.totals"));
  // A total that leaves a unit's figure out says so beside it, as the 汇总表's 备注 does.
  const uncounted = new Map(result.totals.flatMap((t) => (t.uncounted?.length ? [[t.name, t.uncounted] as const] : [])));
  for (const [name, value] of Object.entries(json.totals)) {
    const leftOut = uncounted.get(name);
    lines.push(`  ${name}：${Number(value.toFixed(4))}${leftOut ? `  ${uncountedNote(leftOut)}` : ""}`);
  }
  lines.push(message("cli.consolidate.findings", json.findings), message("cli.consolidate.written", { file: output, sheets: names(sheets) }));
  if (!signed) lines.push(message("cli.consolidate.no-preparer"));
  return [
    ...lines,
    "",
    message("cli.consolidate.narrative"),
    summary.narrative,
    ...summary.notices.map((notice) => notice.message),
    "",
    message("cli.consolidate.reminder"),
    summary.reminder,
  ];
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
    .option("--preparer <填表人>", message("cli.consolidate.option-preparer"))
    .option("--phone <联系电话>", message("cli.consolidate.option-phone"))
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
      const template = options.template ? await resolveTemplate(options.template, io.cwd, (lines) => printLines(io.err, lines)) : undefined;

      const controller = new AbortController();
      const { signal } = controller;
      const cancel = () => controller.abort();
      io.onInterrupt?.(cancel);
      // With the template known each file is read on its own: on worker threads for enough files (started now, ready when reading begins).
      const parallel = template ? parallelReader(inputFiles, template) : undefined;
      try {
        const outcome = await consolidateUnits(
          {
            sources: inputFiles.map((path, i) => ({ name: basename(path), read: () => loadUnitInput(path, i, { signal }) })),
            ...(options.roster ? { roster: rosterFile(options.roster, io.cwd) } : {}),
            templates: BUILTIN_TEMPLATES,
            template,
            parallel,
            officeName: options.office,
            region: options.region,
            preparer: options.preparer?.trim() || undefined,
            phone: options.phone?.trim() || undefined,
            reportDate: new Date(),
          },
          {
            signal,
            step: async ({ done, total, name }) => {
              // Reading is synchronous: let Ctrl+C through now and then.
              if (done % 20 === 0) await nextTurn();
              if (name) io.progress?.(message("cli.consolidate.progress", { done: done + 1, total, file: name }));
            },
          },
        );
        if (!outcome.ok) throw new CliError(refusalText(outcome.refusal), "bad-input");
        const { result, summary, inferred } = outcome;
        if (inferred) {
          const from = message("cli.inferred.from-files", { title: inferred.template.title, files: inferred.files, total: inputFiles.length });
          printLines(io.err, [from, ...inferNoteLines([...inferred.notes, ...inferred.others])]);
        }
        // The lean writer: the summary's plans go straight to the file, without ExcelJS's object per cell; its parts deflated on a thread of their own.
        const packer = plannedCellCount(summary.plans) >= WORKER_DEFLATE_FROM ? deflateWorkerPacker() : undefined;
        try {
          const workbook = PlannedXlsxWorkbook.create(basename(output), { packer: packer ?? nativePacker() });
          await writeSummary(workbook, summary, {}, { signal });
          signal.throwIfAborted();
          await writeXlsxFile(output, workbook, { signal });
        } finally {
          await packer?.close();
        }
        if (options.json) io.out(JSON.stringify({ ...toJson(result, options.output), reminder: summary.reminder }, null, 2) + "\n");
        else printLines(io.out, report(result, options.output, summary, Boolean(options.preparer?.trim())));
        // The summary is written even so (every unit listed 未报, the 综述 says 均未报送): it is the useful answer, but the run counted nothing.
        if (result.units.length === 0) throw new CliError(message("cli.consolidate.no-unit-counted", { file: options.output }), "bad-input");
        // Units adopted, yet not one figure of theirs counted (all blank, or every value refused): the totals are empty, not zero.
        const counted = result.units.some((u) => u.zeroReport || u.ledgerRows > 0 || Object.values(u.figures).some((f) => !f.recomputed));
        if (!counted) throw new CliError(message("cli.consolidate.no-figure-counted", { file: options.output, units: result.units.length }), "bad-input");
      } catch (error) {
        if (signal.aborted) throw new CliError(message("cli.consolidate.cancelled"), "failure", { cause: error });
        throw error;
      } finally {
        await parallel?.close();
        io.offInterrupt?.(cancel);
      }
    });
}
