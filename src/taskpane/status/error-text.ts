import { PartialWriteError } from "../../app";
import { message, problemText } from "../../core/locale";
import { errorProblem, type ErrorPlace } from "../../workbook/error-problem";

/**
 * A failure in the clerk's words: errorProblem's wording, naming the sheet or file where the
 * operation was working; for a write that failed half-way, also the sheets it had made.
 */
export function errorText(error: unknown, place: ErrorPlace = {}): string {
  if (!(error instanceof PartialWriteError)) return problemText(errorProblem(error, place));
  const made = error.written.length ? `\n${message("ui.write.partly-written", { sheets: error.written.join("、") })}` : "";
  return errorText(error.cause, place) + made;
}
