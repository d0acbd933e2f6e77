import { flattenIndicators } from "../../template/indicator-tree";
import { mainColumn, tableCells, valueAliases } from "../../template/table-cells";
import { valueNames } from "../../template/value-names";
import type { Indicator, IndicatorSection, IndicatorTemplate, ReportTemplate, TableValue } from "../../template/types";

/** The figures a template gives the narrative: its indicators, or a ledger's numeric columns. */
export interface NarrativeFields {
  /** Every field in form order (a total before its 其中 children). */
  all: readonly Indicator[];
  byKey: ReadonlyMap<string, Indicator>;
  /** Every value by the name the form gives it (规上工业·企业总数, 医用口罩·累计; a ledger column's label). */
  byName: ReadonlyMap<string, Indicator>;
  /** The indicator sections (none for a ledger). */
  sections: readonly IndicatorSection[];
  /** A field's name as a clerk writes it in a template: its label where that alone names it, else its full name. */
  nameOf(field: Indicator): string;
}

/**
 * The fields of a template as indicators. A ledger's numeric columns (建立完善制度) are summed like
 * indicators, so the narrative reads them the same way: {rulesMade} as {masks}.
 */
export function narrativeFields(template: ReportTemplate): NarrativeFields {
  const all =
    template.kind === "indicators"
      ? mainValues(template)
      : template.columns
          .filter((column) => column.kind === "integer" || column.kind === "decimal" || column.kind === "money")
          .map((column): Indicator => ({ key: column.key, label: column.label, unit: column.unit, kind: column.kind, decimals: column.decimals, aggregate: "sum" }));
  const byKey = new Map<string, Indicator>(all.map((field) => [field.key, field]));
  if (template.kind === "indicators") {
    // Every value by its own key (医用口罩's 本期新增 as masks.current), and the row's key or an earlier
    // version's key for the same figure.
    const values = tableCells(template).byKey;
    for (const [key, value] of values) if (!byKey.has(key)) byKey.set(key, value);
    for (const [alias, key] of valueAliases(template)) if (!byKey.has(alias)) byKey.set(alias, values.get(key)!);
  }
  const byName = new Map<string, Indicator>();
  if (template.kind === "indicators") {
    const values = tableCells(template).byKey;
    for (const [key, name] of valueNames(template)) byName.set(name, values.get(key)!);
  } else for (const field of all) byName.set(field.label, field);
  const nameFor = new Map<string, string>([...byName].map(([name, field]) => [field.key, name]));
  const nameOf = (field: Indicator) => (all.filter((f) => f.label === field.label).length === 1 ? field.label : (nameFor.get(field.key) ?? field.key));
  return { all, byKey, byName, sections: template.kind === "indicators" ? mainSections(template) : [], nameOf };
}

/**
 * The template's sections as the narrative reads them: in a table of several columns each row stands
 * for its value in the main column (with that value's 其中), a row without one is left out.
 */
function mainSections(template: IndicatorTemplate): IndicatorSection[] {
  const shape = tableCells(template);
  if (!shape.multiColumn) return template.sections;
  const main = mainColumn(template).key;
  return template.sections.map((section) => ({
    ...section,
    indicators: section.indicators.map((row) => shape.byKey.get(shape.keyOf(row.key, main) ?? "")).filter((v): v is TableValue => v !== undefined),
  }));
}

/** The figures a paragraph runs through: in a table of several columns, those of the main column (累计, 本期). */
function mainValues(template: IndicatorTemplate): Indicator[] {
  const placed = flattenIndicators(template);
  const shape = tableCells(template);
  if (!shape.multiColumn) return placed.map((p) => p.indicator);
  const main = mainColumn(template).key;
  return placed.filter((p) => p.cell.column === main).map((p) => p.indicator);
}
