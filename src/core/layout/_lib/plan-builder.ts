import type { CellRange } from "../../sheet";
import type { ReportTemplate } from "../../template/types";
import { printSetupFor } from "../print-setup";
import { plannedRowCount } from "../planned-cells";
import type { ColumnLook, LineSpan, PlannedCell, PlannedScalar, PlannedValidation, RowBlock, SheetAnchors, SheetPlan, StyleRole } from "../sheet-plan";

/** Cells a clerk types into are unlocked, so they stay open when the sheet is protected. */
export function lockedByDefault(style: StyleRole): boolean {
  return !(style === "input" || style === "fieldInput" || style === "note");
}

/** Collects the cells, merges and validations of a plan while a layout walks down the sheet. */
export class PlanBuilder {
  readonly cells: PlannedCell[] = [];
  readonly blocks: RowBlock[] = [];
  readonly merges: CellRange[] = [];
  readonly validations: PlannedValidation[] = [];
  readonly rowHeights: Record<number, number> = {};

  put(row: number, col: number, value: PlannedScalar, style: StyleRole, extra?: Partial<PlannedCell>): void {
    const locked = extra?.locked ?? lockedByDefault(style);
    this.cells.push(extra ? { row, col, value, style, locked, ...extra } : { row, col, value, style, locked });
  }

  /** A cell with a number format (which may be none): put(…, { numberFormat }) without copying an object per cell, for a ledger's thousands of rows. */
  putFormatted(row: number, col: number, value: PlannedScalar, style: StyleRole, numberFormat: string | undefined): void {
    this.cells.push({ row, col, value, style, locked: lockedByDefault(style), numberFormat });
  }

  /** Put a value in the top-left cell of a range, style the rest alike, and merge it. */
  putMerged(range: CellRange, value: PlannedScalar, style: StyleRole, extra?: Partial<PlannedCell>): void {
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++)
        this.put(r, c, r === range.top && c === range.left ? value : null, style, extra);
    if (range.bottom > range.top || range.right > range.left) this.merges.push(range);
  }

  /** Rows of values with one look per column (a summary's stacked ledger), planned after the cells put so far. */
  putRows(top: number, left: number, looks: ColumnLook[], columns: PlannedScalar[][]): void {
    const rowCount = columns[0]?.length ?? 0;
    if (rowCount > 0) this.blocks.push({ at: this.cells.length, top, left, rowCount, looks, columns });
  }

  validate(validation: PlannedValidation | undefined): void {
    if (validation) this.validations.push(validation);
  }

  /** Rows used so far (the last used row + 1). */
  get rowCount(): number {
    return plannedRowCount(this);
  }

  /**
   * The finished plan of a template's sheet: protected, the table head frozen, printed on A4 with the
   * head (and the frozen label columns) on every page and the signature block on the table's last page.
   */
  toPlan(layout: {
    template: ReportTemplate;
    sheetName: string;
    columnWidths: number[];
    headRow: number;
    /** The head's last row, where it spans two (a group head above its columns); the head row by default. */
    lastHeadRow?: number;
    frozenColumns: number;
    /** The signature fields below the table, if the form has them there. */
    signature?: LineSpan;
    anchors: SheetAnchors;
  }): SheetPlan {
    const { template, headRow } = layout;
    const lastHeadRow = layout.lastHeadRow ?? headRow;
    return {
      sheetName: layout.sheetName,
      templateId: template.id,
      templateVersion: template.version,
      columnWidths: layout.columnWidths,
      rowHeights: this.rowHeights,
      cells: this.cells,
      ...(this.blocks.length ? { blocks: this.blocks } : {}),
      merges: this.merges,
      validations: this.validations,
      freeze: { rows: lastHeadRow + 1, columns: layout.frozenColumns },
      print: printSetupFor({
        title: template.title,
        columnWidths: layout.columnWidths,
        rowHeights: this.rowHeights,
        rowCount: this.rowCount,
        titleRows: { first: headRow, last: lastHeadRow },
        ...(layout.frozenColumns > 0 ? { titleColumns: { first: 0, last: layout.frozenColumns - 1 } } : {}),
        ...(layout.signature ? { signature: layout.signature } : {}),
      }),
      protect: true,
      anchors: layout.anchors,
    };
  }
}
