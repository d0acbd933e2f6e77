import { message } from "../../../core/locale";
import { WorkbookError } from "../../workbook-error";
import type { WorkbookErrorCode } from "../../workbook-error";
import { readOpenedWorkbook, readWorkbookValues } from "../read";
import type { ReadWorkbookOptions, WorkbookValues } from "../read";
import type { FileKind } from "./file-kind";
import { inspectFile } from "./_lib/inspect-file";

export type IntakeResult =
  | { ok: true; kind: "xlsx" | "xlsm"; values: WorkbookValues }
  | { ok: false; kind: FileKind; code: WorkbookErrorCode; message: string };

/**
 * The front door for a workbook file from outside: tells its kind by content, reads it when it is
 * .xlsx/.xlsm, and otherwise (or when reading fails with a WorkbookError) returns a Chinese message
 * that names the file and says what the clerk should do. Any other exception is a bug and is thrown.
 */
export function intakeFile(bytes: Uint8Array, fileName: string, options: Omit<ReadWorkbookOptions, "fileName"> = {}): IntakeResult {
  const { kind, legacy, archive } = inspectFile(bytes, fileName, options.inflater);
  if (kind === "xlsx" || kind === "xlsm") {
    try {
      const values = archive ? readOpenedWorkbook(bytes, archive, { ...options, fileName }) : readWorkbookValues(bytes, { ...options, fileName });
      return { ok: true, kind, values };
    } catch (error) {
      if (error instanceof WorkbookError) return { ok: false, kind, code: error.code, message: error.message };
      throw error;
    }
  }
  const file = { file: fileName };
  switch (kind) {
    case "legacy-xls":
      return { ok: false, kind, code: "legacy-xls", message: message("intake.legacy-xls", file) };
    case "et":
      return { ok: false, kind, code: "legacy-xls", message: message("intake.legacy-et", file) };
    case "encrypted":
      return { ok: false, kind, code: "encrypted", message: message(legacy ? "intake.encrypted-legacy" : "intake.encrypted", file) };
    case "csv":
    case "html":
    case "ods":
    case "xlsb":
    case "zip-other":
    case "unknown":
      return { ok: false, kind, code: "not-a-workbook", message: message(`intake.${kind}`, file) };
    case "xml-spreadsheet":
      return { ok: false, kind, code: "not-a-workbook", message: message("intake.xml-spreadsheet", file) };
    case "damaged":
      return { ok: false, kind, code: "file-unreadable", message: message("intake.damaged", file) };
    case "empty":
      return { ok: false, kind, code: "file-unreadable", message: message("intake.empty", file) };
  }
}
