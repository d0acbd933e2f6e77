import { tableCells } from "./table-cells";
import type { IndicatorTemplate } from "./types";

/**
 * Whether a table is a grid of categories × measures (企业类别 × 企业总数 | 已复工 | 复工率): several value
 * columns, and rows that are plain categories — no 其中 children, each leaving what its values are to
 * the columns. Such a table is filled as Excel shows it, a grid; an indicator list with 本期 | 累计 is not.
 */
export function isGrid(template: IndicatorTemplate): boolean {
  const shape = tableCells(template);
  if (!shape.multiColumn) return false;
  return shape.rows.every((r) => r.isTotal || (r.depth === 0 && !r.indicator.children?.length && r.indicator.kind === undefined));
}
