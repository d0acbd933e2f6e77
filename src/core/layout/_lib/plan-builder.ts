import type { CellRange } from "../../sheet";
import type { PlannedCell, PlannedScalar, PlannedValidation, StyleRole } from "../sheet-plan";

/** Collects the cells, merges and validations of a plan while a layout walks down the sheet. */
export class PlanBuilder {
  readonly cells: PlannedCell[] = [];
  readonly merges: CellRange[] = [];
  readonly validations: PlannedValidation[] = [];
  readonly rowHeights: Record<number, number> = {};

  put(row: number, col: number, value: PlannedScalar, style: StyleRole, extra: Partial<PlannedCell> = {}): void {
    const locked = extra.locked ?? !(style === "input" || style === "fieldInput" || style === "note");
    this.cells.push({ row, col, value, style, locked, ...extra });
  }

  /** Put a value in the top-left cell of a range, style the rest alike, and merge it. */
  putMerged(range: CellRange, value: PlannedScalar, style: StyleRole, extra: Partial<PlannedCell> = {}): void {
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++)
        this.put(r, c, r === range.top && c === range.left ? value : null, style, extra);
    if (range.bottom > range.top || range.right > range.left) this.merges.push(range);
  }

  validate(validation: PlannedValidation | undefined): void {
    if (validation) this.validations.push(validation);
  }
}
