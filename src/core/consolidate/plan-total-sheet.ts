import { message } from "../locale";
import { planSheet } from "../layout/plan-sheet";
import { PlanCellIndex } from "../layout/plan-cell-index";
import type { SheetPlan } from "../layout/sheet-plan";
import type { HeaderValues } from "../layout";
import type { LedgerTemplate } from "../template/types";
import type { ConsolidationResult } from "./consolidation-result";
import { excelSerial } from "./_lib/excel-serial";
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
  for (const total of result.totals) {
    const at = plan.anchors.indicators?.[total.key];
    if (!at) continue;
    const notes: string[] = [];
    if (total.aggregate === "keep-per-unit") {
      const text = (total.perUnit ?? []).map((p) => message("consolidate.note.per-unit", p)).join("；");
      cells.set(at.row, at.valueCol, text || null, { numberFormat: "@" });
    } else if (total.value !== undefined) {
      cells.set(at.row, at.valueCol, total.value);
    }
    if (total.aggregate === "recompute" && total.value !== undefined) notes.push(message("consolidate.note.recomputed"));
    if (total.heldBy) notes.push(message("consolidate.note.held-by", { unit: total.heldBy }));
    if (total.qualifier) notes.push(message("consolidate.note.approximate-hedged", { qualifier: total.qualifier }));
    else if (total.approximate) notes.push(message("consolidate.note.approximate"));
    if (notes.length) cells.set(at.row, at.noteCol, notes.join("；"), { numberFormat: "@" });
  }
  plan.print = replanPrint(plan);
  return plan;
}

/** The look given to a text cell of the stacked rows (one object for all of them). */
const AS_TEXT = { numberFormat: "@" } as const;
const SOURCE_UNIT = { style: "label", numberFormat: "@" } as const;

function planLedgerTotal(result: ConsolidationResult, template: LedgerTemplate, header: HeaderValues, sheetName: string, reportDate?: Date): SheetPlan {
  const rows = result.ledger?.rows ?? [];
  const plan = planSheet({ ...template, initialRows: Math.max(rows.length, 1) }, { sheetName, header });
  const cells = new PlanCellIndex(plan);
  withReportDate(cells, plan, reportDate);
  const ledger = plan.anchors.ledger!;
  const sourceCol = template.columns.length + 1;
  plan.columnWidths = [...plan.columnWidths, 14];
  cells.set(ledger.headRow, sourceCol, message("consolidate.head.source-unit"), { style: "tableHead" });
  rows.forEach((stacked, i) => {
    const row = ledger.firstRow + i;
    for (const column of template.columns) {
      const cell = stacked.cells[column.key];
      if (!cell || cell.value === null) continue;
      const value = cell.value instanceof Date ? excelSerial(cell.value) : cell.value;
      cells.set(row, ledger.columns[column.key], value, typeof value === "string" ? AS_TEXT : undefined);
    }
    cells.set(row, sourceCol, stacked.unit, SOURCE_UNIT);
  });
  plan.print = replanPrint(plan);
  return plan;
}
