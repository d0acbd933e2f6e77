import type { PlannedCell, SheetPlan } from "../../../core/layout";
import { BODY_SIZE, FONT_NAME, GB2312_CHARSET, ROLE_STYLES } from "../../_lib/style-roles";

/**
 * How a planned cell and sheet look in an .xlsx file, decided once for both .xlsx writers: the
 * ExcelJS renderer (render-plan, the browser page) and the lean writer (write/, the command line's
 * summary). Each only spells the same look in its own terms, so the two files cannot drift apart.
 */

/** Thin black borders: the colour of a printed form's rules. */
export const BORDER_COLOR = "FF000000";
/** The data bars of a column of figures by unit (Excel's default blue). */
export const DATA_BAR_COLOR = "FF5B9BD5";
/** A4 in the OOXML paper-size table. */
export const PAPER_A4 = 9;

export interface CellLook {
  font: { name: string; charset: number; size: number; bold: boolean; /** ARGB */ color?: string };
  /** ARGB of a solid fill, or none. */
  fill?: string;
  /** Thin borders on all four sides. */
  border: boolean;
  alignment: { horizontal?: "left" | "center" | "right"; vertical: "middle" | "top" | "justify"; wrapText: boolean; indent?: number };
  numFmt?: string;
  locked: boolean;
}

/** The look of a planned cell, from its role, indent, number format and lock. */
export function cellLookOf(cell: PlannedCell): CellLook {
  const role = ROLE_STYLES[cell.style];
  const font: CellLook["font"] = { name: role.font ?? FONT_NAME, charset: GB2312_CHARSET, size: role.size ?? BODY_SIZE, bold: role.bold ?? false };
  if (role.color) font.color = "FF" + role.color;
  const alignment: CellLook["alignment"] = { vertical: role.vertical ?? "middle", wrapText: role.wrap ?? false };
  if (role.horizontal) alignment.horizontal = role.horizontal;
  if (cell.indent) alignment.indent = cell.indent;
  return {
    font,
    ...(role.fill ? { fill: "FF" + role.fill } : {}),
    border: role.border ?? false,
    alignment,
    ...(cell.numberFormat ? { numFmt: cell.numberFormat } : {}),
    locked: cell.locked,
  };
}

/** Cells with one key look alike (cellLookOf gives them equal looks): writers share one style per key. */
export function lookKeyOf(cell: PlannedCell): string {
  return `${cell.style}|${cell.indent ?? 0}|${cell.numberFormat ?? ""}|${cell.locked}`;
}

/**
 * What a protected plan still lets the clerk do. No password: protection keeps the form's labels and
 * formulas from being typed over by accident, not a secret. Ledgers grow, so rows may be inserted there.
 */
export function sheetProtectionOf(plan: SheetPlan) {
  return {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: plan.anchors.ledger !== undefined,
  };
}
