import { memoizeObject } from "../../_lib/object-memo";
import { tableCells } from "../../template/table-cells";
import type { ColumnRole, IndicatorTemplate } from "../../template/types";

type RowValues = ReadonlyArray<{ row: string; byRole: Partial<Record<ColumnRole, string>> }>;

/**
 * For each row of a table, the key of its value in the first column with each role (本期, 累计, 上年同期…).
 * Worked out once per template: the audit of a consolidation asks for them for every file.
 */
export const valuesByRole = memoizeObject((template: IndicatorTemplate): RowValues => {
  const shape = tableCells(template);
  return shape.rows.map((r) => {
    const byRole: Partial<Record<ColumnRole, string>> = {};
    for (const column of shape.columns) {
      const key = column.role ? shape.keyOf(r.indicator.key, column.key) : undefined;
      if (column.role && key && byRole[column.role] === undefined) byRole[column.role] = key;
    }
    return { row: r.indicator.key, byRole };
  });
});
