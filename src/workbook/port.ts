import type { SheetPlan } from "../core/layout/sheet-plan";
import type { CellValue, SheetSnapshot, SheetVisibility } from "../core/sheet";

/**
 * What the product needs from a workbook, whichever holds it: Excel through Office.js, or an .xlsx
 * file through ExcelJS (browser page, command line). The task pane and the CLI wire one adapter by hand.
 */
export interface SheetInfo {
  name: string;
  visibility: SheetVisibility;
}

/** A value written to one cell. Text is always written as text, never as a formula. */
export interface CellWrite {
  row: number;
  col: number;
  value: CellValue;
  numberFormat?: string;
}

/** Which template a sheet of the workbook was made from (kept in the very hidden metadata sheet). */
export interface TemplateBinding {
  sheetName: string;
  templateId: string;
  templateVersion: string;
  /** The template's JSON, so any copy of the workbook knows its form even without the add-in's built-ins. */
  templateJson: string;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  /** A snapshot of the sheet's used range; throws WorkbookError("sheet-not-found") if absent. */
  readSheet(name: string): Promise<SheetSnapshot>;
  /**
   * Create a sheet from a plan. Refuses (WorkbookError "sheet-exists") when a sheet of that name
   * exists unless `replace` is true: a clerk's data is never overwritten without asking.
   */
  createSheet(plan: SheetPlan, options?: { replace?: boolean; activate?: boolean }): Promise<void>;
  /** Write values into an existing sheet in one batch. */
  writeCells(sheetName: string, writes: CellWrite[]): Promise<void>;
  /** The template bindings stored in the workbook's very hidden metadata sheet. */
  readBindings(): Promise<TemplateBinding[]>;
  /** Add or replace the binding of one sheet. */
  writeBinding(binding: TemplateBinding): Promise<void>;
}
