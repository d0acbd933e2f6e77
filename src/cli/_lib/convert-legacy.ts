import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";

export type LegacyConversion = { ok: true; bytes: Uint8Array } | { ok: false; reason: "not-installed" | "failed"; detail?: string };

const CONVERT_SECONDS = 120;
/** A batch gets more time, a little for each file; a file it did not convert is tried again alone. */
const BATCH_SECONDS_PER_FILE = 10;

/**
 * Files converted in this process, by path, size and modification time: LibreOffice takes seconds to
 * start, so a file read twice (validated, then consolidated) is converted once, and a batch converted
 * ahead by convertLegacyBatch is not converted again.
 */
const converted = new Map<string, Uint8Array>();

function memoKey(path: string): string | undefined {
  try {
    const stat = statSync(path);
    return `${resolve(path)}|${stat.size}|${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** Run soffice on some files in a private temp folder; the clerk's files are never touched. */
function runSoffice(paths: readonly string[], seconds: number): { dir: string; run: ReturnType<typeof spawnSync> } {
  const dir = mkdtempSync(join(tmpdir(), "huibao-xls-"));
  const run = spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "xlsx", "--outdir", join(dir, "out"), ...paths], {
    timeout: seconds * 1000,
    encoding: "utf8",
  });
  return { dir, run };
}

function outputOf(dir: string, path: string): Uint8Array | undefined {
  try {
    return new Uint8Array(readFileSync(join(dir, "out", basename(path).replace(/\.[^.]*$/, "") + ".xlsx")));
  } catch {
    return undefined;
  }
}

/**
 * Convert a legacy .xls/.et to .xlsx with LibreOffice (`soffice --headless --convert-to xlsx`) in a
 * private temp folder; the clerk's file is never touched.
 */
export function convertLegacyWithLibreOffice(path: string): LegacyConversion {
  const key = memoKey(path);
  const known = key ? converted.get(key) : undefined;
  if (known) return { ok: true, bytes: known };
  const { dir, run } = runSoffice([path], CONVERT_SECONDS);
  try {
    if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") return { ok: false, reason: "not-installed" };
    const bytes = outputOf(dir, path);
    if (!bytes) return { ok: false, reason: "failed", detail: (String(run.stderr ?? "") || run.error?.message || "").trim().slice(0, 300) };
    if (key) converted.set(key, bytes);
    return { ok: true, bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Convert many legacy files in one LibreOffice run (one start instead of one a file), keeping the
 * results for convertLegacyWithLibreOffice. Files of one name in different folders go in separate
 * runs, since the outputs share a folder. Returns how many were converted; a file this run missed is
 * converted alone when it is read.
 */
export function convertLegacyBatch(paths: readonly string[]): number {
  let count = 0;
  let pending = paths.filter((p) => memoKey(p) !== undefined && !converted.has(memoKey(p)!));
  while (pending.length > 0) {
    const names = new Set<string>();
    const batch = pending.filter((p) => {
      const name = basename(p).replace(/\.[^.]*$/, "");
      return names.has(name) ? false : (names.add(name), true);
    });
    pending = pending.filter((p) => !batch.includes(p));
    const { dir, run } = runSoffice(batch, CONVERT_SECONDS + BATCH_SECONDS_PER_FILE * batch.length);
    try {
      if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") return count;
      for (const path of batch) {
        const bytes = outputOf(dir, path);
        if (!bytes) continue;
        converted.set(memoKey(path)!, bytes);
        count++;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return count;
}
