/** Excel forbids these in sheet names and caps them at 31 characters. */
const FORBIDDEN = /[\\/?*[\]:]/g;

/** A legal sheet name from a template title ("防疫物资保障统计表"), unique against existing names. */
export function sheetNameFor(title: string, existing: readonly string[] = []): string {
  const base = title.replace(FORBIDDEN, "").replace(/^'+|'+$/g, "").trim().slice(0, 31) || "报表";
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = `(${i})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
