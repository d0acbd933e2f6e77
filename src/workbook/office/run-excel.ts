import { problem } from "../../core/locale";
import { WorkbookError } from "../workbook-error";
import { isCellEditMode, toWorkbookError, type ErrorContext } from "./_lib/office-error";

/** A batch of Office.js work: queue commands on the context, sync a fixed number of times, return a result. */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * `Excel.run` or anything shaped like it (the strict fake's `run` in tests), with the overloads this
 * adapter uses: run options ({ delayForCellEdit }) and the context of an earlier batch (removing an
 * event handler).
 */
export interface ExcelRun {
  <T>(options: Excel.RunOptions, batch: ExcelBatch<T>): Promise<T>;
  <T>(context: Excel.RequestContext, batch: ExcelBatch<T>): Promise<T>;
}

export interface RunExcelOptions extends ErrorContext {
  /** Defaults to the global `Excel.run`, looked up when called so importing this file needs no Office.js. */
  run?: ExcelRun;
  /** Run in this earlier batch's context rather than a new one: an event handler is removed through the context it was added in. */
  context?: Excel.RequestContext;
  /** Tries in all while the clerk is editing a cell (default 4: the first and three retries). */
  attempts?: number;
  /** First wait before a retry, doubled each time (default 300 ms: 0.3 s, 0.6 s, 1.2 s). */
  retryDelayMs?: number;
  /** Injected by tests to retry without waiting. */
  sleep?: (ms: number) => Promise<void>;
}

const DEFAULT_ATTEMPTS = 4;
const DEFAULT_DELAY_MS = 300;

const defaultRun: ExcelRun = <T>(first: Excel.RunOptions | Excel.RequestContext, batch: ExcelBatch<T>): Promise<T> => {
  if (typeof Excel === "undefined") {
    throw new WorkbookError("unsupported-host", { problem: problem("office.not-in-excel") });
  }
  return Excel.run(first as Excel.RunOptions, batch);
};

/**
 * Excel holds a batch back while the clerk is editing a cell instead of refusing it
 * (RunOptions.delayForCellEdit, office-js-docs-reference excel.runoptions.yml). A host that does not
 * honour the option still refuses the batch; the retries below cover that.
 */
const DELAY_FOR_CELL_EDIT: Excel.RunOptions = { delayForCellEdit: true };

/**
 * Excel's ItemNotFound does not say what was missing. Where the operation named a sheet, one more
 * round trip asks whether that sheet is still there: if not, the clerk hears that the sheet is gone;
 * if it is, that something on it (a comment, a note) was not found.
 */
async function settleItemNotFound(error: WorkbookError, run: ExcelRun, options: RunExcelOptions): Promise<WorkbookError> {
  if (error.code !== "item-not-found" || !options.sheet) return error;
  const sheetName = options.sheet;
  try {
    const exists = await run(DELAY_FOR_CELL_EDIT, async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      return !sheet.isNullObject;
    });
    if (exists) return error;
  } catch {
    // The probe failed too: the first failure is the one to report, as it was.
    return error;
  }
  return new WorkbookError("sheet-not-found", { cause: error.cause, detail: error.detail });
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one way this adapter talks to Excel. While the clerk is editing a cell Excel holds the batch
 * back (delayForCellEdit); where it rejects it instead, the batch is retried with a growing pause; if the edit goes on, the clerk is told to
 * finish it (WorkbookError "busy"). Every other failure becomes a WorkbookError with a code and the
 * OfficeExtension.Error as `cause`.
 */
export async function runExcel<T>(batch: ExcelBatch<T>, options: RunExcelOptions = {}): Promise<T> {
  const run: ExcelRun = options.run ?? defaultRun;
  const attempts = Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS);
  const sleep = options.sleep ?? wait;
  let delay = options.retryDelayMs ?? DEFAULT_DELAY_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await (options.context ? run(options.context, batch) : run(DELAY_FOR_CELL_EDIT, batch));
    } catch (error) {
      if (!isCellEditMode(error) || attempt >= attempts) throw await settleItemNotFound(toWorkbookError(error, options), run, options);
      await sleep(delay);
      delay *= 2;
    }
  }
}
