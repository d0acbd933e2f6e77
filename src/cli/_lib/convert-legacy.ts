import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";

export type LegacyConversion = { ok: true; bytes: Uint8Array } | { ok: false; reason: "not-installed" | "failed"; detail?: string };

const CONVERT_SECONDS = 120;

/**
 * Convert a legacy .xls/.et to .xlsx with LibreOffice (`soffice --headless --convert-to xlsx`) in a
 * private temp folder; the clerk's file is never touched.
 */
export function convertLegacyWithLibreOffice(path: string): LegacyConversion {
  const dir = mkdtempSync(join(tmpdir(), "huibao-xls-"));
  try {
    const run = spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "xlsx", "--outdir", dir, path], {
      timeout: CONVERT_SECONDS * 1000,
      encoding: "utf8",
    });
    if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") return { ok: false, reason: "not-installed" };
    const out = join(dir, basename(path).replace(/\.[^.]*$/, "") + ".xlsx");
    try {
      return { ok: true, bytes: new Uint8Array(readFileSync(out)) };
    } catch {
      return { ok: false, reason: "failed", detail: (run.stderr || run.error?.message || "").trim().slice(0, 300) };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
