import type { BreakdownKind, ColumnRole, Indicator, IndicatorTemplate, ValueKind } from "../../../core/template";

/** What the designer lets a clerk change on a row: its label, unit, kind and how its 其中 parts relate to it. */
export interface RowEdit {
  label?: string;
  unit?: string;
  kind?: ValueKind;
  breakdown?: BreakdownKind;
}

/** What the designer lets a clerk change on a column: its head and its role (本期, 累计…, or none). */
export interface ColumnEdit {
  label?: string;
  role?: ColumnRole | null;
}

function mapRows(indicators: readonly Indicator[], key: string, edit: (row: Indicator) => Indicator): Indicator[] {
  return indicators.map((row) => {
    if (row.key === key) return edit(row);
    return row.children ? { ...row, children: mapRows(row.children, key, edit) } : row;
  });
}

/** The template with one row changed; an emptied unit is left out. */
export function editRow(template: IndicatorTemplate, key: string, patch: RowEdit): IndicatorTemplate {
  const edit = (row: Indicator): Indicator => {
    const next: Indicator = { ...row, ...patch };
    if (patch.unit !== undefined && patch.unit.trim() === "") delete next.unit;
    return next;
  };
  return { ...template, sections: template.sections.map((s) => ({ ...s, indicators: mapRows(s.indicators, key, edit) })) };
}

/** The template with one column changed; a role of null takes the role away. */
export function editColumn(template: IndicatorTemplate, key: string, patch: ColumnEdit): IndicatorTemplate {
  const columns = (template.columns ?? []).map((column) => {
    if (column.key !== key) return column;
    const next = { ...column, ...(patch.label !== undefined ? { label: patch.label } : {}) };
    if (patch.role === null) delete next.role;
    else if (patch.role !== undefined) next.role = patch.role;
    return next;
  });
  return { ...template, columns };
}
