import type { Alignment, Borders, Fill, Font } from "exceljs";
import type { PlannedCell } from "../../../core/layout";
import { BORDER_COLOR, cellLookOf } from "./sheet-look";

const THIN = { style: "thin" as const, color: { argb: BORDER_COLOR } };
const ALL_THIN: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The ExcelJS font, fill, border, alignment and protection of a planned cell: its look (sheet-look) in ExcelJS's terms. */
export interface ExcelCellStyle {
  font: Partial<Font>;
  fill?: Fill;
  border?: Partial<Borders>;
  alignment: Partial<Alignment>;
  numFmt?: string;
  protection: { locked: boolean };
}

export function cellStyleFor(cell: PlannedCell): ExcelCellStyle {
  const look = cellLookOf(cell);
  const { color, ...plain } = look.font;
  const font: Partial<Font> = { ...plain, ...(color ? { color: { argb: color } } : {}) };
  return {
    font,
    fill: look.fill ? { type: "pattern", pattern: "solid", fgColor: { argb: look.fill } } : undefined,
    border: look.border ? ALL_THIN : undefined,
    alignment: { ...look.alignment },
    numFmt: look.numFmt,
    protection: { locked: look.locked },
  };
}
