import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { message } from "../../core/locale";
import type { WorkbookContent } from "../../core/recognize";
import type { WorkbookErrorCode } from "../../workbook";
import { intakeFile } from "../../workbook/xlsx/intake";
import { DEFAULT_READ_LIMITS } from "../../workbook/xlsx/read";
import { contentFromValues } from "../../workbook/xlsx/workbook-content";
import { convertLegacyWithLibreOffice } from "./convert-legacy";
import { nativeInflater } from "./native-inflater";

export type LoadedWorkbook =
  | { ok: true; content: WorkbookContent; sha256: string; modified: number; notes: string[] }
  | { ok: false; file: string; code: WorkbookErrorCode; message: string };

/**
 * Read a unit's workbook file for auditing or consolidation. The size is checked before the file is
 * read; the content, not the extension, decides what it is; a legacy .xls is converted through
 * LibreOffice when it is installed. Every refusal is a Chinese message naming the file; nothing throws
 * for a bad file.
 */
export async function loadWorkbookFile(path: string, options: { signal?: AbortSignal } = {}): Promise<LoadedWorkbook> {
  const file = basename(path);
  // Synchronous reads: a consolidation opens hundreds of small files one after another, and the
  // thread-pool round trips of the async calls cost more than the reads themselves.
  let info;
  try {
    info = statSync(path);
  } catch {
    return { ok: false, file, code: "file-unreadable", message: message("cli.load.missing", { file: path }) };
  }
  if (info.isDirectory()) return { ok: false, file, code: "file-unreadable", message: message("cli.load.is-folder", { file: path }) };
  if (info.size > DEFAULT_READ_LIMITS.maxFileBytes)
    return { ok: false, file, code: "file-too-large", message: message("cli.load.too-large", { file, size: Math.round(info.size / 1048576), limit: Math.round(DEFAULT_READ_LIMITS.maxFileBytes / 1048576) }) };
  let bytes: Uint8Array = readFileSync(path);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const notes: string[] = [];
  let result = intakeFile(bytes, file, { signal: options.signal, inflater: nativeInflater });
  if (!result.ok && result.code === "legacy-xls") {
    const converted = convertLegacyWithLibreOffice(path);
    if (!converted.ok) {
      const extra = message(converted.reason === "not-installed" ? "cli.load.libreoffice-missing" : "cli.load.libreoffice-failed", { detail: converted.detail ?? "" });
      return { ok: false, file, code: result.code, message: `${result.message}${extra}` };
    }
    bytes = converted.bytes;
    notes.push(message("cli.load.converted", { file }));
    result = intakeFile(bytes, file, { signal: options.signal, inflater: nativeInflater });
  }
  if (!result.ok) return { ok: false, file, code: result.code, message: result.message };
  return { ok: true, content: contentFromValues(result.values, file), sha256, modified: info.mtimeMs, notes };
}
