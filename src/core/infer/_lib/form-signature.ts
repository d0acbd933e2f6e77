import { fnv1a } from "../../_lib/fnv-1a";
import type { Indicator, IndicatorTemplate } from "../../template/types";

/** FNV-1a over UTF-16 code units, in base 36: short, stable, not for secrets. */
function hash(text: string): string {
  return (fnv1a(text) >>> 0).toString(36);
}

/**
 * What makes two copies of a form the same form: its rows (sections, labels, 其中 tree, units) and its
 * columns (heads, groups, units). The title is left out: units write their own name or period into it.
 */
export function formSignature(template: IndicatorTemplate): string {
  const row = (i: Indicator): string => `${i.label}|${i.unit ?? ""}${i.children ? `(${i.children.map(row).join(",")})` : ""}`;
  const rows = template.sections.map((s) => `${s.title ?? ""}:${s.indicators.map(row).join(",")}`).join(";");
  const columns = (template.columns ?? []).map((c) => `${c.group ?? ""}/${c.label}|${c.unit ?? ""}`).join(",");
  return hash(`${rows}#${columns}#${template.totalRow?.label ?? ""}`);
}
