import type { RosterUnit } from "../../core/consolidate";
import type { SheetPlan } from "../../core/layout";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import { readRoster, type RosterRefusal } from "../consolidate/read-roster";
import type { RosterSource } from "../consolidate/unit-source";
import type { Progress } from "../progress";
import { createForm } from "./create-form";

export interface DistributionRequest<W extends WorkbookPort = WorkbookPort> {
  template: ReportTemplate;
  /** The units to send the form down to (单位名录). */
  roster: RosterSource;
  /** The 报告期 (or 截至时间) filled into every form. */
  period?: string;
  /** A new, empty workbook for a unit's form: a file to be saved, a workbook the host opens. */
  newWorkbook(unit: RosterUnit): W;
  /** Told the units before any form is made: may refuse (throw) — file names that clash, files already there. */
  before?(units: readonly RosterUnit[]): void | Promise<void>;
  /** Each unit's form once made (saved, offered for download), before the next is made: none is held for long. */
  made(form: DistributedForm<W>): Promise<void>;
}

export interface DistributedForm<W extends WorkbookPort = WorkbookPort> {
  unit: RosterUnit;
  workbook: W;
  plan: SheetPlan;
}

export type DistributionOutcome =
  | { ok: true; units: RosterUnit[] }
  | { ok: false; refusal: RosterRefusal };

/**
 * Blank forms for every unit of a roster, in one step (下发表式): each a new workbook with the form
 * laid out and bound to the template, its 填报单位 filled with the roster's name (so the file comes back
 * named for certain) and the 报告期 given, handed to `made` one by one. Saving them is the caller's
 * business; a cancel stops between two units, and throws.
 */
export async function distributeForms<W extends WorkbookPort>(request: DistributionRequest<W>, progress: Progress = {}): Promise<DistributionOutcome> {
  const read = await readRoster(request.roster);
  if ("refusal" in read) return { ok: false, refusal: read.refusal };
  const units = read.roster.units;
  await request.before?.(units);
  for (const [done, unit] of units.entries()) {
    progress.signal?.throwIfAborted();
    await progress.step?.({ done, total: units.length, name: unit.name });
    const workbook = request.newWorkbook(unit);
    const header = { unit: unit.name, ...(request.period ? { period: request.period } : {}) };
    // A new workbook holds no sheet of the form's name: nothing to ask.
    const plan = (await createForm(workbook, request.template, { header }))!;
    await request.made({ unit, workbook, plan });
  }
  await progress.step?.({ done: units.length, total: units.length, name: "" });
  return { ok: true, units };
}
