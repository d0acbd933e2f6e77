import { message } from "../locale";
import { planSheet } from "../layout/plan-sheet";
import { planLedgerSheet } from "../layout/plan-ledger-sheet";
import { PlanCellIndex } from "../layout/plan-cell-index";
import type { PlannedScalar, SheetPlan } from "../layout/sheet-plan";
import type { HeaderValues } from "../layout";
import type { LedgerTemplate } from "../template/types";
import { RowNotes } from "./_lib/row-notes";
import { uncountedNote } from "./_lib/uncounted-units";
import type { ConsolidationResult } from "./consolidation-result";
import { excelSerial, excelSerialOfTime } from "../sheet/excel-serial";
import { laneValueAt, ledgerColumn, type LedgerRows } from "./ledger-rows";
import { replanPrint } from "../layout/print-setup";

export interface TotalSheetOptions {
  /** 填报单位 of the summary: the consolidating office. */
  officeName?: string;
  /** 报出日期 of the summary. */
  reportDate?: Date;
  /** 填表人 and 联系电话 of the summary: it is itself a report one level up, audited there like any unit's. */
  preparer?: string;
  phone?: string;
  sheetName?: string;
}

function withReportDate(cells: PlanCellIndex, plan: SheetPlan, date: Date | undefined): void {
  const at = plan.anchors.header.reportDate;
  if (at && date) cells.set(at.row, at.col, excelSerial(date));
}

/**
 * 汇总表: the template's own form filled with the totals, so the summary is itself a valid input one
 * level up (村 → 乡镇 → 县). Rates keep their formula and carry the value recomputed from the summed
 * parts; 备注 says where a total holds approximate figures or whose a maximum is. A ledger's form
 * gets every unit's rows, with a 来源单位 column after the template's own.
 */
export function planTotalSheet(result: ConsolidationResult, options: TotalSheetOptions = {}): SheetPlan {
  const { template } = result;
  const header: HeaderValues = {
    ...(options.officeName ? { unit: options.officeName } : {}),
    ...(result.period ? { period: result.period } : {}),
    ...(options.preparer ? { preparer: options.preparer } : {}),
    ...(options.phone ? { phone: options.phone } : {}),
  };
  const sheetName = options.sheetName ?? message("consolidate.sheet.total");
  if (template.kind === "ledger") return planLedgerTotal(result, template, header, sheetName, options.reportDate);

  const plan = planSheet(template, { sheetName, header });
  const cells = new PlanCellIndex(plan);
  withReportDate(cells, plan, options.reportDate);
  const notes = new RowNotes(template);
  for (const total of result.totals) {
    const at = plan.anchors.indicators?.[total.key];
    if (!at) continue;
    if (total.aggregate === "keep-per-unit") {
      const text = (total.perUnit ?? []).map((p) => message("consolidate.note.per-unit", p)).join("；");
      cells.set(at.row, at.valueCol, text || null, { numberFormat: "@" });
    } else if (total.value !== undefined) {
      cells.set(at.row, at.valueCol, total.value);
    }
    notes.value(at.row, at.noteCol, total.key);
    if (total.aggregate === "recompute" && total.value !== undefined) notes.add(total.key, message("consolidate.note.recomputed"));
    if (total.heldBy) notes.add(total.key, message("consolidate.note.held-by", { unit: total.heldBy }));
    if (total.qualifier) notes.add(total.key, message("consolidate.note.approximate-hedged", { qualifier: total.qualifier }));
    else if (total.approximate) notes.add(total.key, message("consolidate.note.approximate"));
    if (total.uncounted?.length) notes.add(total.key, uncountedNote(total.uncounted));
  }
  for (const { row, col, text } of notes.texts()) cells.set(row, col, text, { numberFormat: "@" });
  plan.print = replanPrint(plan);
  return plan;
}

/**
 * A stacked cell as the 汇总表 holds it: its text or number, a date as its serial day (read from the
 * packed rows' lanes, no Date made for it); null where the row has none (or its column is not on the sheet).
 */
function plannedValue(rows: LedgerRows, row: number, column: number): PlannedScalar {
  return column < 0 ? null : laneValueAt(rows, row * rows.keys.length + column, excelSerialOfTime);
}

/**
 * The ledger's form with every unit's rows stacked in it, laid out once with their values (no blank
 * form filled in afterwards: a 200-ledger summary is 60,000 rows), column by column as planLedgerSheet
 * holds them, a 来源单位 column after the template's own.
 */
function planLedgerTotal(result: ConsolidationResult, template: LedgerTemplate, header: HeaderValues, sheetName: string, reportDate?: Date): SheetPlan {
  const stacked = result.ledger?.stacked ?? [];
  const rowCount = result.ledger?.rowCount ?? 0;
  const keys = template.columns.map((column) => column.key);
  const columns: PlannedScalar[][] = [...keys, "unit"].map(() => new Array<PlannedScalar>(rowCount));
  // Unit by unit, each template column at its place among the unit's packed columns; an absent cell is empty.
  let r = 0;
  for (const rows of stacked) {
    const places = keys.map((key) => ledgerColumn(rows, key));
    for (let i = 0; i < rows.rows.length; i++, r++) {
      for (let c = 0; c < keys.length; c++) columns[c][r] = plannedValue(rows, i, places[c]);
      columns[keys.length][r] = rows.unit;
    }
  }
  const plan = planLedgerSheet({ ...template, initialRows: Math.max(rowCount, 1) }, sheetName, header, {
    rowCount,
    columns,
    added: [{ head: message("consolidate.head.source-unit"), width: 14 }],
  });
  const at = plan.anchors.header.reportDate;
  // The date's cell is among the header's few, planned before the table's rows: found at once.
  const dateCell = at && reportDate ? plan.cells.find((cell) => cell.row === at.row && cell.col === at.col) : undefined;
  if (dateCell) dateCell.value = excelSerial(reportDate!);
  plan.print = replanPrint(plan);
  return plan;
}
