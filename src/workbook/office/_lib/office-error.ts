import { WorkbookError, type WorkbookErrorCode } from "../../workbook-error";

/** What the caller knows about the operation, so a failure can name the sheet. */
export interface ErrorContext {
  sheet?: string;
}

/** The error code of an OfficeExtension.Error, read by shape so the mapping works without the Office global (tests, workers). */
export function officeErrorCode(error: unknown): string | undefined {
  if (error === null || typeof error !== "object") return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

/** The clerk is typing in a cell: Excel refuses every batch until the edit ends. */
export function isCellEditMode(error: unknown): boolean {
  return officeErrorCode(error) === "InvalidOperationInCellEditMode";
}

/** Excel's error codes, grouped by what the product can tell the clerk. */
const CODE_MAP: Record<string, WorkbookErrorCode> = {
  InvalidOperationInCellEditMode: "busy",
  ActivityLimitReached: "busy",
  // Which item was not found is settled by `runExcel` (is the sheet there?): see settleItemNotFound.
  ItemNotFound: "item-not-found",
  ItemAlreadyExists: "sheet-exists",
  RequestPayloadSizeLimitExceeded: "payload-too-large",
  ResponsePayloadSizeLimitExceeded: "payload-too-large",
  OperationCellsExceedLimit: "payload-too-large",
  RangeExceedsLimit: "payload-too-large",
  InactiveWorkbook: "inactive-workbook",
  InvalidSelection: "invalid-selection",
  AccessDenied: "access-denied",
  BadPassword: "bad-password",
  ApiNotFound: "unsupported-host",
  NotImplemented: "unsupported-host",
  UnsupportedFeature: "unsupported-host",
};

function detailOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Any failure of a batch as a WorkbookError with a code, the sheet, Excel's code and words as its
 * detail, and the original as `cause`. Errors that are already WorkbookErrors (thrown by the adapter
 * itself) pass through unchanged.
 */
export function toWorkbookError(error: unknown, context: ErrorContext = {}): WorkbookError {
  if (error instanceof WorkbookError) return error;
  const hostCode = officeErrorCode(error) ?? "Unknown";
  const code = CODE_MAP[hostCode] ?? "host-error";
  return new WorkbookError(code, { cause: error, detail: { hostCode, detail: detailOf(error), ...(context.sheet ? { sheet: context.sheet } : {}) } });
}
