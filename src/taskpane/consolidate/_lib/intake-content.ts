import type { Problem } from "../../../core/locale";
import type { WorkbookContent } from "../../../core/recognize";
import type { WorkbookErrorCode } from "../../../workbook/workbook-error";

export type IntakeContent = { ok: true; content: WorkbookContent } | { ok: false; code: WorkbookErrorCode; problem: Problem };

/**
 * A workbook file's sheets and bindings through the lean reader (no ExcelJS), loaded on first use
 * in a chunk of its own. A file that is not an .xlsx (a legacy .xls, a password, a CSV) comes back
 * with the reader's reason, naming the file.
 */
export async function intakeContent(fileName: string, bytes: Uint8Array): Promise<IntakeContent> {
  const [{ intakeFile }, { contentFromValues }] = await Promise.all([
    import(/* webpackChunkName: "intake" */ "../../../workbook/xlsx/intake"),
    import(/* webpackChunkName: "intake" */ "../../../workbook/xlsx/workbook-content"),
  ]);
  const result = intakeFile(bytes, fileName);
  return result.ok
    ? { ok: true, content: contentFromValues(result.values, fileName) }
    : { ok: false, code: result.code, problem: result.problem };
}
