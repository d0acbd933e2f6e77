import { tableCells } from "../../template/table-cells";
import type { ColumnRole, IndicatorTemplate } from "../../template/types";

type RowValues = ReadonlyArray<{ row: string; byRole: Partial<Record<ColumnRole, string>> }>;

/** Each template's rows by role, worked out once: the audit of a consolidation asks for them for every file. */
const byTemplate = new WeakMap<IndicatorTemplate, RowValues>();

/** For each row of a table, the key of its value in the first column with each role (本期, 累计, 上年同期…). */
export function valuesByRole(template: IndicatorTemplate): RowValues {
  let made = byTemplate.get(template);
  if (made) return made;
  const shape = tableCells(template);
  made = shape.rows.map((r) => {
    const byRole: Partial<Record<ColumnRole, string>> = {};
    for (const column of shape.columns) {
      const key = column.role ? shape.keyOf(r.indicator.key, column.key) : undefined;
      if (column.role && key && byRole[column.role] === undefined) byRole[column.role] = key;
    }
    return { row: r.indicator.key, byRole };
  });
  byTemplate.set(template, made);
  return made;
}
