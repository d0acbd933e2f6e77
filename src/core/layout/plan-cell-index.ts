import type { PlannedCell, PlannedScalar, SheetPlan } from "./sheet-plan";

/** Column numbers stay below Excel's 16,384, so row × this + column is unique per cell. */
const ROW_STRIDE = 1 << 15;

/**
 * A plan's cells found by position in constant time, for filling a laid-out form afterwards (the summary's
 * totals, a ledger's stacked rows). Searching `plan.cells` for every value made a 200-ledger summary
 * quadratic in its cells (issue 17); this index is built once per plan.
 */
export class PlanCellIndex {
  private readonly byPosition = new Map<number, PlannedCell>();

  constructor(private readonly plan: SheetPlan) {
    // The first cell planned at a position is the one a search would have found.
    for (const cell of plan.cells) {
      const key = cell.row * ROW_STRIDE + cell.col;
      if (!this.byPosition.has(key)) this.byPosition.set(key, cell);
    }
  }

  /** Set the value (and look) of the cell at a position, adding a locked label cell where none was planned. */
  set(row: number, col: number, value: PlannedScalar, extra: Partial<PlannedCell> = {}): void {
    const key = row * ROW_STRIDE + col;
    const cell = this.byPosition.get(key);
    if (cell) {
      Object.assign(cell, { value, ...extra });
      return;
    }
    const added: PlannedCell = { row, col, value, style: "label", locked: true, ...extra };
    this.plan.cells.push(added);
    this.byPosition.set(key, added);
  }
}
