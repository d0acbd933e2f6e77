import { plannedCells, type SheetPlan } from "../../../core/layout";
import { rangeAddress } from "../../../core/sheet";

/** The unit's row of the 分单位明细 sheet as a range ("A4:K4"): the row whose 单位 cell (column B) holds its name. */
export function unitRowAddress(detail: SheetPlan, unit: string): string | undefined {
  const cell = plannedCells(detail).find((c) => c.col === 1 && c.value === unit && c.style === "label");
  if (!cell) return undefined;
  return rangeAddress({ top: cell.row, left: 0, bottom: cell.row, right: Math.max(0, detail.columnWidths.length - 1) });
}
