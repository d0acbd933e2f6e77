import { problem, type MessageCode, type Problem } from "../../../core/locale";
import { WorkbookError } from "../../workbook-error";
import type { WorkbookErrorCode } from "../../workbook-error";
import { readOpenedWorkbook, readWorkbookValues } from "../read";
import type { ReadWorkbookOptions, WorkbookValues } from "../read";
import type { FileKind } from "./file-kind";
import { inspectFile } from "./_lib/inspect-file";

/** Why a file is refused, naming it and saying what the clerk should do. */
export type IntakeProblem = Problem<Extract<MessageCode, `intake.${string}`>>;

export type IntakeResult =
  | { ok: true; kind: "xlsx" | "xlsm"; values: WorkbookValues }
  | { ok: false; kind: FileKind; code: WorkbookErrorCode; problem: IntakeProblem };

/**
 * The front door for a workbook file from outside: tells its kind by content, reads it when it is
 * .xlsx/.xlsm, and otherwise (or when reading fails with a WorkbookError) returns the problem, which
 * names the file and says what the clerk should do. Any other exception is a bug and is thrown.
 */
export function intakeFile(bytes: Uint8Array, fileName: string, options: Omit<ReadWorkbookOptions, "fileName"> = {}): IntakeResult {
  const { kind, legacy, archive } = inspectFile(bytes, fileName, options.inflater);
  if (kind === "xlsx" || kind === "xlsm") {
    try {
      const values = archive ? readOpenedWorkbook(bytes, archive, { ...options, fileName }) : readWorkbookValues(bytes, { ...options, fileName });
      return { ok: true, kind, values };
    } catch (error) {
      if (error instanceof WorkbookError) return { ok: false, kind, code: error.code, problem: (error.problem as IntakeProblem | undefined) ?? problem("intake.damaged", { file: fileName }) };
      throw error;
    }
  }
  const file = { file: fileName };
  switch (kind) {
    case "legacy-xls":
      return { ok: false, kind, code: "legacy-xls", problem: problem("intake.legacy-xls", file) };
    case "et":
      return { ok: false, kind, code: "legacy-xls", problem: problem("intake.legacy-et", file) };
    case "encrypted":
      return { ok: false, kind, code: "encrypted", problem: problem(legacy ? "intake.encrypted-legacy" : "intake.encrypted", file) };
    case "csv":
    case "html":
    case "ods":
    case "xlsb":
    case "zip-other":
    case "unknown":
      return { ok: false, kind, code: "not-a-workbook", problem: problem(`intake.${kind}`, file) };
    case "xml-spreadsheet":
      return { ok: false, kind, code: "not-a-workbook", problem: problem("intake.xml-spreadsheet", file) };
    case "damaged":
      return { ok: false, kind, code: "file-unreadable", problem: problem("intake.damaged", file) };
    case "empty":
      return { ok: false, kind, code: "file-unreadable", problem: problem("intake.empty", file) };
  }
}
