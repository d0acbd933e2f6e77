import type { SheetPlan } from "./sheet-plan";

/** Excel forbids these in sheet names and caps them at 31 characters. */
const FORBIDDEN = /[\\/?*[\]:]/g;
const EXCEL_NAME_LIMIT = 31;

/** Whether two sheet names name the same sheet: Excel compares them without case. */
export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The workbook's own spelling of a sheet name it already has, or undefined when the name is free. */
export function takenSheetName(name: string, taken: readonly string[]): string | undefined {
  return taken.find((t) => sameSheetName(t, name));
}

/**
 * Names the workbook does not have yet. When any is taken, every name gets the same number
 * ("汇总表(2)", "分单位明细(2)" …), the smallest that frees them all, so sheets written together stay
 * recognisable as a set; a numbered name is cut to Excel's 31 characters.
 */
function freeNames(names: readonly string[], taken: readonly string[]): string[] {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  const free = (candidates: string[]) => candidates.every((name) => !used.has(name.toLowerCase()));
  if (free([...names])) return [...names];
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const numbered = names.map((name) => name.slice(0, EXCEL_NAME_LIMIT - suffix.length) + suffix);
    if (free(numbered)) return numbered;
  }
}

/** A legal sheet name from a template title ("防疫物资保障统计表"), unique against existing names. */
export function sheetNameFor(title: string, existing: readonly string[] = []): string {
  const base = title.replace(FORBIDDEN, "").replace(/^'+|'+$/g, "").trim().slice(0, EXCEL_NAME_LIMIT) || "报表";
  return freeNames([base], existing)[0];
}

/**
 * Plans under names the workbook does not have yet, numbered alike (see freeNames). The add-in's
 * very hidden data keeps its name: it is replaced, never numbered. The plans given are not changed.
 */
export function freeSheetNames(plans: readonly SheetPlan[], taken: readonly string[]): SheetPlan[] {
  const shown = plans.filter((p) => !p.veryHidden);
  const names = freeNames(
    shown.map((p) => p.sheetName),
    taken,
  );
  return plans.map((plan) => (plan.veryHidden ? plan : { ...plan, sheetName: names[shown.indexOf(plan)] }));
}
