const EXCEL_NAME_LIMIT = 31;

/** Whether the workbook has a sheet of that name; Excel compares sheet names without case. */
export function hasSheet(taken: readonly string[], name: string): boolean {
  return taken.some((t) => t.toLowerCase() === name.toLowerCase());
}

/** The name with the smallest number that is free: 综述 → 综述(2), 综述(3) …, cut to Excel's 31 characters. */
export function freeSheetName(name: string, taken: readonly string[]): string {
  if (!hasSheet(taken, name)) return name;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const candidate = name.slice(0, EXCEL_NAME_LIMIT - suffix.length) + suffix;
    if (!hasSheet(taken, candidate)) return candidate;
  }
}
