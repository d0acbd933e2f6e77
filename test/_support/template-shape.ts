import { tableCells, tableColumns, type IndicatorTemplate, type ValueColumn } from "../../src/core/template";

/**
 * What a clerk sees of a template on the form, without keys, aliases or audit settings: the title,
 * each row (section, label, depth under its total, unit, kind, a rate's operands by label, the columns
 * it is filled in), each column (head, group, role, unit, kind, formula by heads), the 合计 row. Two
 * templates with equal shapes draw the same form and read the same workbooks.
 */
export function templateShape(template: IndicatorTemplate) {
  const shape = tableCells(template);
  const columns = tableColumns(template);
  const labelOfRow = new Map(shape.rows.map((r) => [r.indicator.key, r.indicator.label]));
  const labelOfColumn = new Map(columns.map((c) => [c.key, c.label]));
  const formulaOf = (c: ValueColumn) =>
    c.formula?.type === "ratio"
      ? `${labelOfColumn.get(c.formula.numerator)}÷${labelOfColumn.get(c.formula.denominator)}×${c.formula.scale}`
      : c.formula?.type === "change"
        ? `(${labelOfColumn.get(c.formula.current)}−${labelOfColumn.get(c.formula.base)})÷${labelOfColumn.get(c.formula.base)}×${c.formula.scale}`
        : undefined;
  return {
    title: template.title,
    periodKind: template.periodKind,
    total: template.totalRow ? { label: template.totalRow.label, position: template.totalRow.position ?? "first" } : undefined,
    rows: shape.rows
      .filter((r) => !r.isTotal)
      .map((r) => ({
        section: r.sectionTitle,
        label: r.indicator.label,
        depth: r.depth,
        parent: r.parent?.label,
        unit: r.indicator.unit,
        kind: r.indicator.kind,
        rate: r.indicator.formula ? `${labelOfRow.get(r.indicator.formula.numerator)}÷${labelOfRow.get(r.indicator.formula.denominator)}×${r.indicator.formula.scale}` : undefined,
        columns: r.indicator.columns?.map((k) => labelOfColumn.get(k)),
      })),
    columns: columns.map((c) => ({ label: c.label, group: c.group, role: c.role, unit: c.unit, kind: c.kind, formula: formulaOf(c) })),
  };
}
