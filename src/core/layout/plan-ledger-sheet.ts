import type { LedgerColumn, LedgerTemplate } from "../template/types";
import { planFields, planTitle, type HeaderValues } from "./_lib/header-block";
import { lockedByDefault, PlanBuilder } from "./_lib/plan-builder";
import { validationFor } from "./_lib/validation-for";
import { numberFormatFor } from "./number-formats";
import type { ColumnLook, PlannedScalar, SheetAnchors, SheetPlan } from "./sheet-plan";
import { growRowForText } from "./wrapped-height";

/** Rows below the laid-out ones that still carry Excel's data validation, for rows added later. */
const VALIDATION_HEADROOM = 1000;
const DEFAULT_ROWS = 30;

function widthOf(column: LedgerColumn): number {
  if (column.width) return column.width;
  switch (column.kind) {
    case "date":
    case "datetime":
      return 14;
    case "enum":
      return Math.max(10, ...(column.options ?? []).map((o) => o.length * 2 + 2));
    case "text":
      return Math.max(12, column.label.length * 2 + 4);
    default:
      return Math.max(10, column.label.length * 2 + 2);
  }
}

/**
 * Rows laid out filled in (a summary's stacked rows), and read-only columns after the template's own
 * (来源单位). Held by column, not by row: a 200-ledger summary is 60,000 rows, and an array per row was
 * 60,000 objects more for the collector.
 */
export interface LedgerFill {
  /** How many rows are filled. */
  rowCount: number;
  /** Each column's values down the rows, `rowCount` long: the template's columns in order, then the added ones; null for an empty cell. */
  columns: readonly PlannedScalar[][];
  /** Columns after the template's own, each a head and a width; their cells are locked text. */
  added?: readonly { head: string; width: number }[];
}

/** The look of a filled-in text: kept as text (a 备注 that looks like a number stays as written). */
const TEXT_FORMAT = "@";

/**
 * A ledger (台账): title, header fields above the table (the number of rows varies, so nothing
 * goes below it), 序号 plus the template's typed columns, and blank rows ready for entry — or rows
 * filled in from `fill`, held as one block of rows (see RowBlock) with its values as given, a text
 * growing its row to print clear of the next. Cells are laid out row by row, the order a sheet file
 * lists them in.
 */
export function planLedgerSheet(template: LedgerTemplate, sheetName: string, values: HeaderValues = {}, fill?: LedgerFill): SheetPlan {
  const b = new PlanBuilder();
  const anchors: SheetAnchors = { header: {} };
  const last = template.columns.length; // column 0 is 序号
  // 序号 (column 0) is printed on every page of a ledger wider than the paper.
  let row = planTitle(b, template, last, 1);
  row = planFields(b, template, "all", row, { firstCol: 1, pairsPerRow: last >= 6 ? 2 : 1 }, values, anchors);
  const headRow = row + 1;
  b.put(headRow, 0, "序号", "tableHead");
  template.columns.forEach((column, i) => {
    const head = column.unit ? `${column.label}（${column.unit}）` : column.label;
    b.put(headRow, i + 1, head, "tableHead");
  });
  b.rowHeights[headRow] = 22;

  const added = fill?.added ?? [];
  const columnWidths = [6, ...template.columns.map(widthOf), ...added.map((a) => a.width)];
  added.forEach((a, i) => {
    const col = last + 1 + i;
    b.put(headRow, col, a.head, "tableHead");
    growRowForText(b.rowHeights, headRow, a.head, columnWidths[col]);
  });

  const firstRow = headRow + 1;
  const rowCapacity = template.initialRows ?? DEFAULT_ROWS;
  const columns: Record<string, number> = {};
  const formats = template.columns.map((column) => numberFormatFor(column.kind, column.decimals));
  template.columns.forEach((column, i) => {
    const col = i + 1;
    columns[column.key] = col;
    b.validate(validationFor(column, { top: firstRow, left: col, bottom: firstRow + rowCapacity - 1 + VALIDATION_HEADROOM, right: col }));
  });
  // Filled rows are one block of values with a look per column; rows left blank for entry are cells.
  const filledRows = Math.min(fill?.rowCount ?? 0, rowCapacity);
  if (fill && filledRows > 0) {
    const looks: ColumnLook[] = [
      { style: "serial", locked: lockedByDefault("serial") },
      ...formats.map((numberFormat): ColumnLook => ({ style: "input", locked: lockedByDefault("input"), numberFormat, textFormat: TEXT_FORMAT })),
      ...added.map((): ColumnLook => ({ style: "label", locked: lockedByDefault("label"), numberFormat: TEXT_FORMAT })),
    ];
    const serials = Array.from({ length: filledRows }, (_, r) => r + 1);
    const values = looks.slice(1).map((_, i) => {
      const column = fill.columns[i] ?? new Array<PlannedScalar>(filledRows).fill(null);
      return column.length > filledRows ? column.slice(0, filledRows) : column;
    });
    b.putRows(firstRow, 0, looks, [serials, ...values]);
    // A text grows its row to print clear of the next, as a cell of its own would; row by row, each row's height at hand.
    for (let r = 0; r < filledRows; r++)
      for (let i = 0; i < values.length; i++) {
        const value = values[i][r];
        if (typeof value === "string") growRowForText(b.rowHeights, firstRow + r, value, columnWidths[i + 1]);
      }
  }
  for (let r = firstRow + filledRows; r < firstRow + rowCapacity; r++) {
    b.put(r, 0, r - firstRow + 1, "serial");
    for (let i = 0; i < template.columns.length; i++) b.putFormatted(r, i + 1, null, "input", formats[i]);
  }
  anchors.ledger = { headRow, firstRow, rowCapacity, columns };

  return b.toPlan({ template, sheetName, columnWidths, headRow, frozenColumns: 1, anchors });
}
