import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { problem, type Problem } from "../../core/locale";
import { WorkbookError } from "../workbook-error";
import { XlsxWorkbook } from "./xlsx-workbook";

/**
 * Reading and writing .xlsx files on disk, for the command line. Kept apart from XlsxWorkbook so the
 * browser page can use the workbook without Node's file system.
 */

/** Why a file operation failed, as a clerk understands it. */
function reasonOf(error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return problem("xlsx-file.reason-no-folder");
    case "EACCES":
    case "EPERM":
    case "EBUSY":
      return problem("xlsx-file.reason-no-permission");
    case "EISDIR":
      return problem("xlsx-file.reason-is-folder");
    case "ENOSPC":
      return problem("xlsx-file.reason-disk-full");
    case "EROFS":
      return problem("xlsx-file.reason-read-only");
    default:
      return problem("xlsx-file.reason-other", { detail: code ?? (error instanceof Error ? error.message : String(error)) });
  }
}

/** Open an .xlsx file; a missing or unreadable file is a WorkbookError with a Chinese message naming it. */
export async function readXlsxFile(path: string): Promise<XlsxWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const refusal = code === "ENOENT" ? problem("xlsx-file.not-found", { file: path }) : problem("xlsx-file.read-failed", { file: path, reason: reasonOf(error) });
    throw new WorkbookError("file-unreadable", { problem: refusal, cause: error, detail: { file: path } });
  }
  return XlsxWorkbook.load(bytes, basename(path));
}

/**
 * Write a workbook to a file atomically: the bytes go to a temporary file in the same folder, which
 * then replaces the target in one rename. A failure at any point leaves no half-written file, and an
 * existing file stays as it was.
 */
export async function writeXlsxFile(
  path: string,
  workbook: Pick<XlsxWorkbook, "toBytes"> & { toPieces?(): Promise<Uint8Array[]> },
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    // A workbook that gives its file in pieces (the lean writer) has them written one after the other, not joined first.
    const bytes = workbook.toPieces ? await workbook.toPieces() : await workbook.toBytes();
    await writeFile(temp, bytes, { flag: "wx" });
    // Cancelled while the bytes were made or written (making them never yields): the file is not put in place.
    options.signal?.throwIfAborted();
    await rename(temp, path);
  } catch (error) {
    // The cleanup must not hide the failure being reported.
    await rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof WorkbookError) throw error;
    throw new WorkbookError("host-error", { problem: problem("xlsx-file.write-failed", { file: path, reason: reasonOf(error) }), cause: error, detail: { file: path } });
  }
}
