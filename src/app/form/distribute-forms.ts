import type { RosterUnit } from "../../core/consolidate";
import type { SheetPlan } from "../../core/layout";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import { readRoster, type RosterRefusal } from "../consolidate/read-roster";
import type { RosterSource } from "../consolidate/unit-source";
import type { Progress } from "../progress";
import { createForm } from "./create-form";
import { unitFileName } from "./unit-file-name";

export interface DistributionRequest<W extends WorkbookPort = WorkbookPort> {
  template: ReportTemplate;
  /** The units to send the form down to (单位名录). */
  roster: RosterSource;
  /** The 报告期 (or 截至时间) filled into every form. */
  period?: string;
  /** A new, empty workbook for a unit's form, of the file name it is to have. */
  newWorkbook(unit: RosterUnit, fileName: string): W;
  /** Told the units' files before any form is made: may refuse (throw) — files already there, say. */
  before?(files: readonly UnitFile[]): void | Promise<void>;
  /** Each unit's form once made (saved, offered for download), before the next is made: none is held for long. */
  made(form: DistributedForm<W>): Promise<void>;
}

/** A unit and the file its form goes out as (城关镇.xlsx), named the same from the CLI and the pane. */
export interface UnitFile {
  unit: RosterUnit;
  fileName: string;
}

export interface DistributedForm<W extends WorkbookPort = WorkbookPort> extends UnitFile {
  workbook: W;
  plan: SheetPlan;
}

export type DistributionOutcome =
  | { ok: true; units: RosterUnit[] }
  | { ok: false; refusal: RosterRefusal }
  /** Two units whose files would have one name (the roster lists a name twice, or two differ only in what a file name cannot hold). */
  | { ok: false; nameClash: string };

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
  const files = units.map((unit) => ({ unit, fileName: unitFileName(unit.name) }));
  const clash = files.find((f, i) => files.findIndex((other) => other.fileName === f.fileName) !== i);
  if (clash) return { ok: false, nameClash: clash.fileName };
  await request.before?.(files);
  for (const [done, { unit, fileName }] of files.entries()) {
    progress.signal?.throwIfAborted();
    await progress.step?.({ done, total: units.length, name: unit.name });
    const workbook = request.newWorkbook(unit, fileName);
    const header = { unit: unit.name, ...(request.period ? { period: request.period } : {}) };
    // A new workbook holds no sheet of the form's name: nothing to ask.
    const plan = (await createForm(workbook, request.template, { header }))!;
    await request.made({ unit, fileName, workbook, plan });
  }
  await progress.step?.({ done: units.length, total: units.length, name: "" });
  return { ok: true, units };
}
