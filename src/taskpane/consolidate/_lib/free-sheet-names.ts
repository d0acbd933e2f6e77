import type { SheetPlan } from "../../../core/layout";

const EXCEL_NAME_LIMIT = 31;

/**
 * The summary's sheets under names the workbook does not have yet: when any collides, every sheet
 * gets the same number ("汇总表(2)", "分单位明细(2)" …), the smallest that frees them all, so the
 * sheets of one summary stay recognisable as a set. Excel compares sheet names without case.
 */
export function freeSheetNames(plans: readonly SheetPlan[], taken: readonly string[]): SheetPlan[] {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  // The add-in's very hidden data keeps its name: it is replaced, never numbered.
  const shown = plans.filter((p) => !p.veryHidden);
  const free = (names: string[]) => names.every((name) => !used.has(name.toLowerCase()));
  if (free(shown.map((p) => p.sheetName))) return [...plans];
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const rename = (name: string) => name.slice(0, EXCEL_NAME_LIMIT - suffix.length) + suffix;
    if (free(shown.map((p) => rename(p.sheetName)))) return plans.map((plan) => (plan.veryHidden ? plan : { ...plan, sheetName: rename(plan.sheetName) }));
  }
}
