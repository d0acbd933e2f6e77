import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { problem, type Problem } from "../../core/locale";
import type { WorkbookContent } from "../../core/recognize";
import type { WorkbookErrorCode } from "../../workbook";
import { intakeFile } from "../../workbook/xlsx/intake";
import { DEFAULT_READ_LIMITS } from "../../workbook/xlsx/read";
import { contentFromValues } from "../../workbook/xlsx/workbook-content";
import { convertLegacyWithLibreOffice } from "./convert-legacy";
import { nativeInflater } from "./native-inflater";

export type LoadedWorkbook =
  | { ok: true; content: WorkbookContent; sha256: string; modified: number; notes: Problem[] }
  | { ok: false; file: string; code: WorkbookErrorCode; problem: Problem };

/**
 * Read a unit's workbook file for auditing or consolidation. The size is checked before the file is
 * read; the content, not the extension, decides what it is; a legacy .xls is converted through
 * LibreOffice when it is installed. Every refusal is a problem naming the file; nothing throws for a
 * bad file.
 */
export async function loadWorkbookFile(path: string, options: { signal?: AbortSignal } = {}): Promise<LoadedWorkbook> {
  const file = basename(path);
  // Synchronous reads: a consolidation opens hundreds of small files one after another, and the
  // thread-pool round trips of the async calls cost more than the reads themselves.
  let info;
  try {
    info = statSync(path);
  } catch {
    return { ok: false, file, code: "file-unreadable", problem: problem("cli.load.missing", { file: path }) };
  }
  if (info.isDirectory()) return { ok: false, file, code: "file-unreadable", problem: problem("cli.load.is-folder", { file: path }) };
  if (info.size > DEFAULT_READ_LIMITS.maxFileBytes)
    return { ok: false, file, code: "file-too-large", problem: problem("cli.load.too-large", { file, size: Math.round(info.size / 1048576), limit: Math.round(DEFAULT_READ_LIMITS.maxFileBytes / 1048576) }) };
  let bytes: Uint8Array = readFileSync(path);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const notes: Problem[] = [];
  let result = intakeFile(bytes, file, { signal: options.signal, inflater: nativeInflater });
  if (!result.ok && result.code === "legacy-xls") {
    const converted = convertLegacyWithLibreOffice(path);
    if (!converted.ok) {
      const why = converted.reason === "not-installed" ? problem("cli.load.libreoffice-missing") : problem("cli.load.libreoffice-failed", { detail: converted.detail ?? "" });
      return { ok: false, file, code: result.code, problem: problem("cli.load.not-converted", { refusal: result.problem, why }) };
    }
    bytes = converted.bytes;
    notes.push(problem("cli.load.converted", { file }));
    result = intakeFile(bytes, file, { signal: options.signal, inflater: nativeInflater });
  }
  if (!result.ok) return { ok: false, file, code: result.code, problem: result.problem };
  return { ok: true, content: contentFromValues(result.values, file), sha256, modified: info.mtimeMs, notes };
}
