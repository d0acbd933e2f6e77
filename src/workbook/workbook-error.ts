import { problemText, type Problem } from "../core/locale";
import { workbookErrorProblem } from "./_lib/workbook-error-problem";

/** Failures of a workbook adapter, by code; errorProblem words them for the pane and the CLI alike. */
export type WorkbookErrorCode =
  | "sheet-not-found"
  | "item-not-found" // something else Excel looked for is gone (a comment, a note, a range); the sheet is there
  | "sheet-exists"
  | "busy" // the clerk is editing a cell; retried, then reported
  | "payload-too-large"
  | "unsupported-host" // an API set the host lacks
  | "inactive-workbook" // several workbooks are open and the add-in's has lost focus
  | "invalid-selection" // the selection does not suit the operation
  | "access-denied" // a protected sheet or workbook, or a read-only one
  | "bad-password" // a sheet protected with a password the add-in does not have
  | "file-unreadable"
  | "file-too-large"
  | "legacy-xls"
  | "encrypted"
  | "not-a-workbook"
  | "host-error";

export interface WorkbookErrorOptions {
  cause?: unknown;
  /** What the clerk needs to hear named: sheet, file; hostCode and the host's own words (detail) for a host error. */
  detail?: Record<string, string | number>;
  /** The failure exactly, when the adapter knows more than the code says (why a file is refused, why a write failed). */
  problem?: Problem;
}

/**
 * An adapter's failure: a code and its details, not a sentence. Its `message` is the zh-CN wording
 * of errorProblem, for logs and stack traces; the pane and the CLI word the error themselves.
 */
export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  readonly detail: Record<string, string | number>;
  readonly problem?: Problem;

  /** `words`: the host's own words about the failure (or a developer's note), kept as its detail. */
  constructor(code: WorkbookErrorCode, words: string, options?: Omit<WorkbookErrorOptions, "problem">);
  constructor(code: WorkbookErrorCode, options?: WorkbookErrorOptions);
  constructor(code: WorkbookErrorCode, words?: string | WorkbookErrorOptions, options: WorkbookErrorOptions = {}) {
    const given = typeof words === "string" ? options : (words ?? {});
    super(typeof words === "string" ? words : "", { cause: given.cause });
    this.name = "WorkbookError";
    this.code = code;
    this.detail = given.detail ?? {};
    if (given.problem) this.problem = given.problem;
    if (typeof words !== "string") this.message = problemText(workbookErrorProblem(this));
  }
}
