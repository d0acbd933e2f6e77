import { consolidate, ConsolidationRun, isUnreadableInput, type ConsolidationResult, type ReadInput, type UnitDecisions, type UnitInput } from "../../core/consolidate";
import type { SharedForm } from "../../core/infer";
import { filesForm } from "../../core/recognize";
import type { ReportTemplate } from "../../core/template";
import { auditForConsolidation } from "../../core/validate";
import type { Progress } from "../progress";
import { summarySheets, type Summary, type SummaryOptions } from "./summary-sheets";
import { readRoster, type RosterRefusal } from "./read-roster";
import type { ParallelSourceReader, RosterSource, UnitSource } from "./unit-source";

export interface ConsolidationRequest extends SummaryOptions {
  /** The units' reports, in the order they were given. */
  sources: readonly UnitSource[];
  /** The roster (单位名录); none means nobody is 未报. */
  roster?: RosterSource;
  /** The templates a file may hold: the form most files hold is taken when none is chosen. */
  templates: readonly ReportTemplate[];
  /** The template chosen by the clerk. */
  template?: ReportTemplate;
  /** The clerk's answers for sheets whose 填报单位 and file name name two units (the pane asks); without one such a sheet is kept apart. */
  unitDecisions?: UnitDecisions;
  /**
   * Reads the same files as `sources` on other threads, when the template is chosen (the command line
   * has one for enough files); the result is the same as reading them in turn.
   */
  parallel?: ParallelSourceReader;
}

/** Why no summary was made: no file holds a known form, or the roster cannot be used (every sheet's problems). */
export type ConsolidationRefusal = { kind: "no-template" } | RosterRefusal;

/** A summary made; `inferred` when no known form fit the files and theirs was inferred from them. */
export type ConsolidationOutcome = { ok: true; result: ConsolidationResult; summary: Summary; inferred?: SharedForm } | { ok: false; refusal: ConsolidationRefusal };

/**
 * Consolidate units' files into a summary: read the roster, then every source in turn (a file that
 * cannot be read is counted as not used, with its reason), take the template chosen or the one most
 * files hold, consolidate with the audit rules, and plan the summary's sheets. Nothing is written.
 * With the template known, each file is read against it as soon as it is loaded and its cells let go;
 * otherwise all are loaded first, to find the template most of them hold — or, when none holds a known
 * one that fits them wholly, the form most of them share, inferred from the files themselves (filesForm). The progress hears of each
 * file before it is read, and once more when all are; a cancel stops between two files or inside the
 * consolidation, and throws.
 */
export async function consolidateUnits(request: ConsolidationRequest, progress: Progress = {}): Promise<ConsolidationOutcome> {
  const { sources, templates } = request;
  const { signal } = progress;
  const roster = request.roster ? await readRoster(request.roster) : undefined;
  if (roster && "refusal" in roster) return { ok: false, refusal: roster.refusal };
  const options = { roster: roster?.roster, knownTemplates: templates, validate: auditForConsolidation, unitDecisions: request.unitDecisions, signal };

  const readAll = async (take: (input: UnitInput) => void) => {
    // Indexed, not for-of over entries(): a [done, source] pair destructured per file costs, in code not yet optimised.
    for (let done = 0; done < sources.length; done++) {
      signal?.throwIfAborted();
      await progress.step?.({ done, total: sources.length, name: sources[done].name });
      take(await sources[done].read());
    }
    await progress.step?.({ done: sources.length, total: sources.length, name: "" });
    signal?.throwIfAborted();
  };

  let result: ConsolidationResult;
  if (request.template) {
    const run = new ConsolidationRun({ ...options, template: request.template });
    const readElsewhere = await request.parallel?.readAll({ ...options, template: request.template }, (reading) => run.take(reading), progress);
    if (!readElsewhere) await readAll((input) => run.add(input));
    result = run.finish();
  } else {
    const inputs: UnitInput[] = [];
    await readAll((input) => inputs.push(input));
    const form = filesForm(inputs.filter((i): i is ReadInput => !isUnreadableInput(i)), templates);
    if (!form) return { ok: false, refusal: { kind: "no-template" } };
    result = consolidate(inputs, { ...options, template: form.template });
    return { ok: true, result, summary: summarySheets(result, request), ...(form.inferred ? { inferred: form.inferred } : {}) };
  }
  return { ok: true, result, summary: summarySheets(result, request) };
}
