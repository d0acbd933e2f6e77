import type { LedgerColumn, LedgerTemplate } from "../template/types";
import { planFields, planTitle, type HeaderValues } from "./_lib/header-block";
import { PlanBuilder } from "./_lib/plan-builder";
import { validationFor } from "./_lib/validation-for";
import { numberFormatFor } from "./number-formats";
import type { SheetAnchors, SheetPlan } from "./sheet-plan";

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
 * A ledger (台账): title, header fields above the table (the number of rows varies, so nothing
 * goes below it), 序号 plus the template's typed columns, and blank rows ready for entry.
 */
export function planLedgerSheet(template: LedgerTemplate, sheetName: string, values: HeaderValues = {}): SheetPlan {
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

  const firstRow = headRow + 1;
  const rowCapacity = template.initialRows ?? DEFAULT_ROWS;
  const columns: Record<string, number> = {};
  template.columns.forEach((column, i) => {
    const col = i + 1;
    columns[column.key] = col;
    const format = numberFormatFor(column.kind, column.decimals);
    for (let r = firstRow; r < firstRow + rowCapacity; r++) b.put(r, col, null, "input", { numberFormat: format });
    b.validate(validationFor(column, { top: firstRow, left: col, bottom: firstRow + rowCapacity - 1 + VALIDATION_HEADROOM, right: col }));
  });
  for (let r = firstRow; r < firstRow + rowCapacity; r++) b.put(r, 0, r - firstRow + 1, "serial");
  anchors.ledger = { headRow, firstRow, rowCapacity, columns };

  return b.toPlan({ template, sheetName, columnWidths: [6, ...template.columns.map(widthOf)], headRow, frozenColumns: 1, anchors });
}
