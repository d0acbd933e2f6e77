import { problem, type Problem } from "../core/locale";
import { workbookErrorProblem, type ErrorPlace } from "./_lib/workbook-error-problem";
import { WorkbookError } from "./workbook-error";

export type { ErrorPlace } from "./_lib/workbook-error-problem";

/**
 * The one wording of a failure, below the pane and the command line: a workbook adapter's error by
 * its problem or its code (naming the sheet or file, from its detail or the place the caller was
 * working), anything else as an operation that did not complete, with its own message.
 */
export function errorProblem(error: unknown, place: ErrorPlace = {}): Problem {
  if (error instanceof WorkbookError) return workbookErrorProblem(error, place);
  return problem("error.unexpected", { detail: error instanceof Error ? error.message : String(error) });
}
