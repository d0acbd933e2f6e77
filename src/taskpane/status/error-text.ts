import { problemText } from "../../core/locale";
import { errorProblem, type ErrorPlace } from "../../workbook/error-problem";

/** A failure in the clerk's words: errorProblem's wording, naming the sheet or file where the operation was working. */
export function errorText(error: unknown, place: ErrorPlace = {}): string {
  return problemText(errorProblem(error, place));
}
