import type { Indicator, IndicatorTemplate } from "./types";

/** An indicator with its place in the tree: depth 0 for a top-level indicator, 1 for 其中, 2 below that. */
export interface PlacedIndicator {
  indicator: Indicator;
  depth: number;
  parent?: Indicator;
  sectionIndex: number;
  sectionTitle?: string;
}

/** Every indicator of a template in form order (a total before its 其中 children). */
export function flattenIndicators(template: IndicatorTemplate): PlacedIndicator[] {
  const out: PlacedIndicator[] = [];
  const visit = (indicator: Indicator, depth: number, sectionIndex: number, sectionTitle?: string, parent?: Indicator) => {
    out.push({ indicator, depth, parent, sectionIndex, sectionTitle });
    for (const child of indicator.children ?? []) visit(child, depth + 1, sectionIndex, sectionTitle, indicator);
  };
  template.sections.forEach((section, index) => {
    for (const indicator of section.indicators) visit(indicator, 0, index, section.title);
  });
  return out;
}

/** The indicators of a template by key. */
export function indicatorsByKey(template: IndicatorTemplate): Map<string, Indicator> {
  return new Map(flattenIndicators(template).map((p) => [p.indicator.key, p.indicator]));
}
