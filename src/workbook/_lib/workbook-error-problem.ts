import { problem, type Problem } from "../../core/locale";
import type { WorkbookError } from "../workbook-error";

/** Where the failed operation was working, for errors whose detail does not say. */
export interface ErrorPlace {
  sheet?: string;
  file?: string;
}

function detailText(detail: Record<string, string | number>, keys: string[], fallback = ""): string {
  for (const key of keys) {
    if (detail[key] !== undefined && detail[key] !== "") return String(detail[key]);
  }
  return fallback;
}

/**
 * A workbook failure as one problem: the adapter's own when it named one, else the wording of its
 * code, naming the sheet or file the detail (or the caller's place) gives. The host's words are the
 * detail's, or the error's message when it was made with words.
 */
export function workbookErrorProblem(error: Pick<WorkbookError, "code" | "detail" | "problem" | "message">, place: ErrorPlace = {}): Problem {
  if (error.problem) return error.problem;
  const { detail } = error;
  const sheet = detailText(detail, ["sheet", "sheetName", "name"], place.sheet ?? "");
  const file = detailText(detail, ["file", "fileName", "source"], place.file ?? "");
  const words = detailText(detail, ["detail"], error.message);
  switch (error.code) {
    case "sheet-not-found":
      return problem("error.sheet-not-found", { sheet, file, detail: words });
    case "item-not-found":
      return problem("error.item-not-found", { sheet, detail: words });
    case "inactive-workbook":
      return problem("error.inactive-workbook");
    case "invalid-selection":
      return problem("error.invalid-selection");
    case "access-denied":
      return problem("error.access-denied", { sheet });
    case "bad-password":
      return problem("error.bad-password", { sheet });
    case "sheet-exists":
      return problem("error.sheet-exists", { sheet, file });
    case "busy":
      return problem("error.busy");
    case "payload-too-large":
      return problem("error.payload-too-large", { sheet });
    case "unsupported-host":
      return problem("error.unsupported-host", { detail: words });
    case "file-unreadable":
      return problem("error.file-unreadable", { file });
    case "file-too-large":
      return problem("error.file-too-large", { file });
    case "legacy-xls":
      return problem("error.legacy-xls", { file });
    case "encrypted":
      return problem("error.encrypted", { file });
    case "not-a-workbook":
      return problem("error.not-a-workbook", { file });
    case "host-error":
      return problem("error.host-error", { code: detailText(detail, ["hostCode"]), detail: words });
  }
}
