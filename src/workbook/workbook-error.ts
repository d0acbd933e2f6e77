/** Failures of a workbook adapter, with a code the UI and the CLI turn into a Chinese message. */
export type WorkbookErrorCode =
  | "sheet-not-found"
  | "sheet-exists"
  | "busy" // the clerk is editing a cell; retried, then reported
  | "payload-too-large"
  | "unsupported-host" // an API set the host lacks
  | "file-unreadable"
  | "file-too-large"
  | "legacy-xls"
  | "encrypted"
  | "not-a-workbook"
  | "host-error";

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  readonly detail: Record<string, string | number>;

  constructor(code: WorkbookErrorCode, message: string, options: { cause?: unknown; detail?: Record<string, string | number> } = {}) {
    super(message, { cause: options.cause });
    this.name = "WorkbookError";
    this.code = code;
    this.detail = options.detail ?? {};
  }
}
