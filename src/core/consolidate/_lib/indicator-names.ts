import { flattenIndicators, type PlacedIndicator } from "../../template/indicator-tree";
import type { IndicatorTemplate } from "../../template/types";

/**
 * A name for each indicator that is unique within the template: its label, or "section·label" where
 * the label repeats across sections (企业总数 under 规上工业 and 限上商贸), with the parent's label
 * added where even that repeats.
 */
export function indicatorNames(template: IndicatorTemplate): Map<string, string> {
  const placed = flattenIndicators(template);
  const candidates: Array<(p: PlacedIndicator) => string> = [
    (p) => p.indicator.label,
    (p) => [p.sectionTitle, p.indicator.label].filter(Boolean).join("·"),
    (p) => [p.sectionTitle, p.parent?.label, p.indicator.label].filter(Boolean).join("·"),
    (p) => [p.sectionTitle, p.parent?.label, `${p.indicator.label}(${p.indicator.key})`].filter(Boolean).join("·"),
  ];
  const names = new Map<string, string>();
  for (const p of placed) {
    for (const [i, nameOf] of candidates.entries()) {
      const name = nameOf(p);
      const clashes = placed.filter((other) => nameOf(other) === name).length;
      if (clashes === 1 || i === candidates.length - 1) {
        names.set(p.indicator.key, name);
        break;
      }
    }
  }
  return names;
}
