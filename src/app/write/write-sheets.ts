import { freeSheetNames, takenSheetName, type SheetPlan } from "../../core/layout";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import type { Progress } from "../progress";
import { PartialWriteError } from "./partial-write-error";

/** Sheet names the plans would take that the workbook already has. */
export interface NameClash {
  /** The sheets in the way, spelled as the workbook spells them. */
  taken: string[];
  /** The plans under names the workbook does not have, numbered alike ("汇总表(2)"): the default answer. */
  renamed: SheetPlan[];
}

/** The clerk's answer to a clash: new sheets under free names, replace the sheets in the way, or write nothing. */
export type ClashAnswer = "rename" | "replace" | undefined;

export interface WriteSheetsOptions {
  /** The template the plans carrying its id are bound to, so the workbook knows its form. */
  template?: ReportTemplate;
  /** Asked when names are taken; without it the sheets go under free names. */
  onTaken?(clash: NameClash): Promise<ClashAnswer> | ClashAnswer;
}

export type WriteOutcome = { written: SheetPlan[] } | { cancelled: true };

/**
 * Write sheets without overwriting a clerk's data: when a name is taken the caller is asked (new
 * sheets under free names by default, or replace, or nothing), then the sheets are made in order, the
 * first one activated, and the plans of the template bound to it. The add-in's very hidden data
 * keeps its name and is always replaced: it is the latest summary's. A failure half-way names the
 * sheets already made (PartialWriteError); a cancel before the first sheet writes nothing.
 */
export async function writeSheets(port: WorkbookPort, plans: readonly SheetPlan[], options: WriteSheetsOptions = {}, progress: Progress = {}): Promise<WriteOutcome> {
  const before = (await port.listSheets()).map((s) => s.name);
  const taken = plans.flatMap((p) => (p.veryHidden ? [] : (takenSheetName(p.sheetName, before) ?? [])));
  let chosen = [...plans];
  let replace = false;
  if (taken.length > 0) {
    const renamed = freeSheetNames(plans, before);
    const answer = options.onTaken ? await options.onTaken({ taken, renamed }) : "rename";
    if (!answer) return { cancelled: true };
    if (answer === "rename") chosen = renamed;
    else {
      // A sheet is replaced under the name the workbook spells it with.
      chosen = plans.map((p) => (p.veryHidden ? p : { ...p, sheetName: takenSheetName(p.sheetName, before) ?? p.sheetName }));
      replace = true;
    }
  }
  progress.signal?.throwIfAborted();
  try {
    for (const plan of chosen) await port.createSheet(plan, { replace: replace || plan.veryHidden === true, activate: plan === chosen[0] });
    const { template } = options;
    if (template)
      for (const plan of chosen.filter((p) => p.templateId === template.id))
        await port.writeBinding({ sheetName: plan.sheetName, templateId: template.id, templateVersion: template.version, templateJson: JSON.stringify(template) });
  } catch (error) {
    throw new PartialWriteError(await madeSince(port, before, chosen), { cause: error });
  }
  return { written: chosen };
}

/** The planned sheets the workbook has now and did not have before; none when it cannot even be listed. */
async function madeSince(port: WorkbookPort, before: readonly string[], plans: readonly SheetPlan[]): Promise<string[]> {
  try {
    const after = (await port.listSheets()).map((s) => s.name);
    return plans.map((p) => p.sheetName).filter((name) => takenSheetName(name, after) !== undefined && takenSheetName(name, before) === undefined);
  } catch {
    // The first failure is the one to report.
    return [];
  }
}
