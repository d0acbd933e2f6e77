import type { Alignment, Borders, Fill, Font } from "exceljs";
import type { PlannedCell } from "../../../core/layout";
import { FONT_NAME, GB2312_CHARSET, ROLE_STYLES } from "../../_lib/style-roles";

/** Roles without a size of their own print at the body size clerks' forms use. */
const BODY_SIZE = 11;
const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const ALL_THIN: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The ExcelJS font, fill, border, alignment and protection of a planned cell, from its role. */
export interface ExcelCellStyle {
  font: Partial<Font>;
  fill?: Fill;
  border?: Partial<Borders>;
  alignment: Partial<Alignment>;
  numFmt?: string;
  protection: { locked: boolean };
}

export function cellStyleFor(cell: PlannedCell): ExcelCellStyle {
  const role = ROLE_STYLES[cell.style];
  const font: Partial<Font> = { name: role.font ?? FONT_NAME, charset: GB2312_CHARSET, size: role.size ?? BODY_SIZE, bold: role.bold ?? false };
  if (role.color) font.color = { argb: "FF" + role.color };
  const alignment: Partial<Alignment> = { vertical: role.vertical ?? "middle", wrapText: role.wrap ?? false };
  if (role.horizontal) alignment.horizontal = role.horizontal;
  if (cell.indent) alignment.indent = cell.indent;
  return {
    font,
    fill: role.fill ? { type: "pattern", pattern: "solid", fgColor: { argb: "FF" + role.fill } } : undefined,
    border: role.border ? ALL_THIN : undefined,
    alignment,
    numFmt: cell.numberFormat,
    protection: { locked: cell.locked },
  };
}
