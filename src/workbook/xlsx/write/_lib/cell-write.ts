import type { CellValue } from "../../../../core/sheet";

/** A value written into a planned sheet after it was made (the port's writeCells): it replaces the planned value and may bring a number format. */
export interface CellOverride {
  value: CellValue;
  numberFormat?: string;
}

/** Row × this + column is unique per cell: columns stay below Excel's 16,384. */
export const ROW_STRIDE = 1 << 15;

export const positionKey = (row: number, col: number): number => row * ROW_STRIDE + col;
