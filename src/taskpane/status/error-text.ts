import { message } from "../../core/locale";
import { WorkbookError } from "../../workbook/workbook-error";

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

/** The Chinese text for a failure: a WorkbookError by its code, naming the sheet or file; anything else with its message. */
export function errorText(error: unknown, place: ErrorPlace = {}): string {
  if (error instanceof WorkbookError) {
    const sheet = detailText(error.detail, ["sheet", "sheetName", "name"], place.sheet ?? "");
    const file = detailText(error.detail, ["file", "fileName", "source"], place.file ?? "");
    switch (error.code) {
      case "sheet-not-found":
        return message("ui.error.sheet-not-found", { sheet });
      case "sheet-exists":
        return message("ui.error.sheet-exists", { sheet });
      case "busy":
        return message("ui.error.busy");
      case "payload-too-large":
        return message("ui.error.payload-too-large");
      case "unsupported-host":
        return message("ui.error.unsupported-host");
      case "file-unreadable":
        return message("ui.error.file-unreadable", { file });
      case "file-too-large":
        return message("ui.error.file-too-large", { file });
      case "legacy-xls":
        return message("ui.error.legacy-xls", { file });
      case "encrypted":
        return message("ui.error.encrypted", { file });
      case "not-a-workbook":
        return message("ui.error.not-a-workbook", { file });
      case "host-error":
        return message("ui.error.host-error", { detail: error.message });
    }
  }
  return message("ui.error.unexpected", { detail: error instanceof Error ? error.message : String(error) });
}
