import { runExcel, type RunExcelOptions } from "./run-excel";

/**
 * What the task pane needs of Excel's window rather than of the workbook's data: which sheet the
 * clerk is looking at, taking them to a cell (a finding's location), and following sheet changes.
 * Components receive it through props or context and never touch `Excel` (design.md principle 3).
 */
export interface WorkbookView {
  activeSheetName(): Promise<string>;
  /** Activate the sheet and select the cell or range ("B7", "B7:D9"). */
  selectCell(sheetName: string, address: string): Promise<void>;
  /** Put text into the active cell as text, wrapped: the 综述 pasted where the clerk wants it. */
  insertTextAtSelection(text: string): Promise<void>;
  /** Call `handler` with the sheet's name whenever the clerk switches sheets; resolves to a function that stops it. */
  onActiveSheetChanged(handler: (sheetName: string) => void): Promise<() => Promise<void>>;
}

export type OfficeWorkbookViewOptions = Omit<RunExcelOptions, "sheet">;

export class OfficeWorkbookView implements WorkbookView {
  constructor(private readonly options: OfficeWorkbookViewOptions = {}) {}

  activeSheetName(): Promise<string> {
    return runExcel(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      await context.sync();
      return sheet.name;
    }, this.options);
  }

  selectCell(sheetName: string, address: string): Promise<void> {
    return runExcel(
      async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(address).select();
        await context.sync();
      },
      { ...this.options, sheet: sheetName },
    );
  }

  insertTextAtSelection(text: string): Promise<void> {
    return runExcel(async (context) => {
      // The active cell, not getSelectedRange(): that throws when the clerk has selected several
      // ranges (excel.workbook.yml). getActiveCell is ExcelApi 1.7, below the manifest's floor.
      const cell = context.workbook.getActiveCell();
      // Text format first, so a paragraph beginning with "=" or "-" is never taken for a formula.
      cell.numberFormat = [["@"]];
      cell.values = [[text]];
      cell.format.wrapText = true;
      await context.sync();
    }, this.options);
  }

  async onActiveSheetChanged(handler: (sheetName: string) => void): Promise<() => Promise<void>> {
    const nameOf = (worksheetId: string): Promise<string> =>
      runExcel(async (context) => {
        const sheet = context.workbook.worksheets.getItem(worksheetId);
        sheet.load("name");
        await context.sync();
        return sheet.name;
      }, this.options);
    const registration = await runExcel(async (context) => {
      const result = context.workbook.worksheets.onActivated.add(async (event) => handler(await nameOf(event.worksheetId)));
      await context.sync();
      return result;
    }, this.options);
    // The handler belongs to the context it was added in; it is removed in a batch run in that same
    // context: Excel.run(registration.context, …) (office-js-docs-pr excel-add-ins-events.md).
    return () =>
      runExcel(
        async (context) => {
          registration.remove();
          await context.sync();
        },
        { ...this.options, context: registration.context as Excel.RequestContext },
      );
  }
}
