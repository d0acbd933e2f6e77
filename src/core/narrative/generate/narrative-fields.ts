import { flattenIndicators } from "../../template/indicator-tree";
import type { Indicator, IndicatorSection, ReportTemplate } from "../../template/types";

/** The figures a template gives the narrative: its indicators, or a ledger's numeric columns. */
export interface NarrativeFields {
  /** Every field in form order (a total before its 其中 children). */
  all: readonly Indicator[];
  byKey: ReadonlyMap<string, Indicator>;
  /** The indicator sections (none for a ledger). */
  sections: readonly IndicatorSection[];
}

/**
 * The fields of a template as indicators. A ledger's numeric columns (建立完善制度) are summed like
 * indicators, so the narrative reads them the same way: {rulesMade} as {masks}.
 */
export function narrativeFields(template: ReportTemplate): NarrativeFields {
  const all =
    template.kind === "indicators"
      ? flattenIndicators(template).map((placed) => placed.indicator)
      : template.columns
          .filter((column) => column.kind === "integer" || column.kind === "decimal" || column.kind === "money")
          .map((column): Indicator => ({ key: column.key, label: column.label, unit: column.unit, kind: column.kind, decimals: column.decimals, aggregate: "sum" }));
  return { all, byKey: new Map(all.map((field) => [field.key, field])), sections: template.kind === "indicators" ? template.sections : [] };
}
