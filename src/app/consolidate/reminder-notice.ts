import { rejectedReason, type ConsolidationResult, type InputAccount } from "../../core/consolidate";
import { message, problemText } from "../../core/locale";

/** How many of a file's rejected cells the notice names; the rest are in 来源清单. */
const CELLS_NAMED = 5;

/** What the unit must fix in a file that was counted: its values not counted, by cell and reason. */
function valuesToFix(input: InputAccount): string | undefined {
  // Values of the form only: a cell beside the table that is no value of it is for the consolidating clerk.
  const rejected = input.values.filter((v) => v.status === "rejected" && v.key !== undefined && v.reason);
  if (rejected.length === 0) return undefined;
  const cells = rejected.slice(0, CELLS_NAMED).map((v) => message("reminder.rejected-cell", { sheet: v.sheet, cell: v.cell, label: v.label, reason: problemText(v.reason!) }));
  return message("reminder.values-rejected", { count: rejected.length, cells: cells.join("；") + (rejected.length > CELLS_NAMED ? "……" : "") });
}

/**
 * The values of the form each counted unit's sheet does not have at all (a row or column its form lacks,
 * a label written otherwise): the totals name the units they leave out, and a value refused is chased
 * as such (valuesToFix), not here. By unit, worked out once from the totals.
 */
function valuesNotFound(result: ConsolidationResult): Map<string, Array<{ key: string; name: string }>> {
  const byUnit = new Map<string, Array<{ key: string; name: string }>>();
  for (const total of result.totals)
    for (const unit of total.uncounted ?? []) {
      const list = byUnit.get(unit) ?? [];
      list.push({ key: total.key, name: total.name });
      byUnit.set(unit, list);
    }
  return byUnit;
}

/** What the unit must fill in that its sheet does not have, named; undefined where nothing is missing. */
function valuesToAdd(input: InputAccount, notFound: ReadonlyMap<string, ReadonlyArray<{ key: string; name: string }>>): string | undefined {
  const refused = new Set(input.values.flatMap((v) => (v.status === "rejected" && v.key !== undefined ? [v.key] : [])));
  const missing = (input.unit ? (notFound.get(input.unit) ?? []) : []).filter((v) => !refused.has(v.key));
  if (missing.length === 0) return undefined;
  const names = missing.slice(0, CELLS_NAMED).map((v) => v.name).join("、") + (missing.length > CELLS_NAMED ? "……" : "");
  return message("reminder.values-not-found", { count: missing.length, names });
}

/** A file refused outright: not one a unit superseded, or one already in a summary counted (those are notes). */
function refusedOutright(input: InputAccount): boolean {
  return input.status === "rejected" && input.findings.some((f) => f.severity === "error");
}

/** What a 催报 chases: each file refused or partly not counted, with what to fix or fill in. */
function filesToChase(result: ConsolidationResult): Array<{ who: string; reason: string }> {
  const items: Array<{ who: string; reason: string }> = [];
  // A workbook holding several units' forms names each by its sheet; counted once, not a search of all inputs per input.
  const formsIn = new Map<string, number>();
  for (const input of result.inputs) formsIn.set(input.file, (formsIn.get(input.file) ?? 0) + 1);
  const notFound = valuesNotFound(result);
  for (const input of result.inputs) {
    const who = input.sheet && formsIn.get(input.file)! > 1 ? `${input.file}（${input.sheet}）` : input.file;
    if (refusedOutright(input)) items.push({ who, reason: input.reason ? problemText(rejectedReason(input.reason)) : "" });
    else if (input.status === "accepted") {
      const fix = [valuesToFix(input), valuesToAdd(input, notFound)].filter((text) => text !== undefined);
      if (fix.length) items.push({ who, reason: fix.join("；") });
    }
  }
  return items;
}

/** Whether there is anyone to chase: a unit still 未报, or a file refused or partly not counted. */
export function needsReminder(result: ConsolidationResult): boolean {
  return result.missing.length > 0 || filesToChase(result).length > 0;
}

/**
 * The 催报 notice after a consolidation, ready to paste into the work group: the form and period, the
 * units still 未报, and each file refused or partly not counted with what to fix (named by file, since
 * the unit it names may be the wrong one). The same text for the command line and the pane.
 */
export function reminderNotice(result: ConsolidationResult): string {
  const lines = [message("reminder.title", { title: result.template.title, period: result.period ?? "" })];
  if (result.missing.length) lines.push(message("reminder.missing", { count: result.missing.length, names: result.missing.map((u) => u.name).join("、") }));
  const items = filesToChase(result);
  if (items.length) {
    lines.push(message("reminder.refused", { count: items.length }));
    items.forEach((item, i) => lines.push(message("reminder.refused-item", { index: i + 1, ...item })));
  }
  if (lines.length === 1) return [...lines, message("reminder.all-in", { count: result.units.length })].join("\n");
  return [...lines, message("reminder.deadline")].join("\n");
}
