import { expandBlocks } from "./planned-cells";
import type { PlannedCell, PlannedScalar, SheetPlan } from "./sheet-plan";
import { growRowForText } from "./wrapped-height";

/** Excel's default column width, for a cell outside the planned ones. */
const DEFAULT_WIDTH = 10;

/**
 * A plan's cells found by position in constant time, for filling a laid-out form afterwards (the summary's
 * totals, a ledger's stacked rows). Searching `plan.cells` for every value made a 200-ledger summary
 * quadratic in its cells (issue 17); this index is built once per plan. Cells are held row by row in
 * arrays: a map keyed by row × stride + column would key a 60,000-row ledger by numbers too large for
 * V8's small integers, each a heap number, and took a second to build.
 */
export class PlanCellIndex {
  private readonly rows: PlannedCell[][] = [];

  constructor(private readonly plan: SheetPlan) {
    // Cells are changed one by one here: a plan's blocks become cells first (the same cells, in place).
    expandBlocks(plan);
    // The first cell planned at a position is the one a search would have found.
    for (const cell of plan.cells) {
      const row = (this.rows[cell.row] ??= []);
      if (row[cell.col] === undefined) row[cell.col] = cell;
    }
  }

  /**
   * Set the value (and look) of the cell at a position, adding a locked label cell where none was
   * planned. A text (a 备注, a list of units' own figures) grows its row to print clear of the next.
   */
  set(row: number, col: number, value: PlannedScalar, extra?: Partial<PlannedCell>): void {
    if (typeof value === "string") growRowForText(this.plan.rowHeights, row, value, this.plan.columnWidths[col] ?? DEFAULT_WIDTH);
    const cells = (this.rows[row] ??= []);
    const cell = cells[col];
    if (cell) {
      cell.value = value;
      if (extra) Object.assign(cell, extra);
      return;
    }
    const added: PlannedCell = { row, col, value, style: "label", locked: true, ...extra };
    this.plan.cells.push(added);
    cells[col] = added;
  }
}
