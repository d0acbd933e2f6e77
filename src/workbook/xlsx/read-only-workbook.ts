import type { SheetPlan } from "../../core/layout";
import type { WorkbookContent } from "../../core/recognize";
import type { SheetSnapshot } from "../../core/sheet";
import type { CellWrite, SheetInfo, TemplateBinding, WorkbookPort } from "../port";
import { WorkbookError } from "../workbook-error";

/**
 * A workbook file read by the lean reader, behind the port, read-only: the command line audits,
 * recognises and narrates files through the same use cases as the pane, without loading them into
 * ExcelJS. Writing to it is a mistake of the caller's.
 */
export class ReadOnlyWorkbook implements WorkbookPort {
  constructor(
    private readonly content: WorkbookContent,
    /** The file's name, for messages. */
    readonly fileName: string,
  ) {}

  async listSheets(): Promise<SheetInfo[]> {
    return this.content.sheets.map((s) => ({ name: s.name, visibility: s.visibility }));
  }

  async readSheet(name: string): Promise<SheetSnapshot> {
    const sheets = this.content.sheets;
    const sheet = sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new WorkbookError("sheet-not-found", { detail: { sheet: name, file: this.fileName } });
    return sheet;
  }

  async readBindings(): Promise<TemplateBinding[]> {
    return this.content.bindings.map((b) => ({ templateVersion: "", templateJson: "", ...b }));
  }

  createSheet(plan: SheetPlan): Promise<void> {
    return this.refuse(plan.sheetName);
  }

  writeCells(sheetName: string, _writes: CellWrite[]): Promise<void> {
    return this.refuse(sheetName);
  }

  writeBinding(binding: TemplateBinding): Promise<void> {
    return this.refuse(binding.sheetName);
  }

  private refuse(sheet: string): Promise<void> {
    return Promise.reject(new Error(`${this.fileName} is read-only: nothing may be written to ${sheet}`));
  }
}
