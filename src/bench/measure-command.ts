import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** One whole run of a command: wall time from spawning the process to its exit, its peak memory and, where known, its CPU seconds (user + system). */
export interface CommandRun {
  ms: number;
  peakRssMB: number;
  cpuS?: number;
}

const ROOT = resolve(__dirname, "..", "..");
const REPORT_PEAK = join(__dirname, "report-peak.js");

/**
 * `huibao consolidate <folder> --template <id> -o 汇总.xlsx --force` as a clerk runs it: process start,
 * reading, audit, summary sheets and the workbook renamed into place — what the clerk waits for
 * (issue 17), not the reading phase alone. Fails loudly when the command fails or writes nothing.
 */
export function measureConsolidateCommand(folder: string, templateId: string): CommandRun {
  const work = mkdtempSync(join(tmpdir(), "huibao-bench-"));
  try {
    const output = join(work, "汇总.xlsx");
    const peakFile = join(work, "peak");
    const args = ["--require", REPORT_PEAK, join(ROOT, "bin", "huibao.js"), "consolidate", folder, "--template", templateId, "-o", output, "--force"];
    const start = performance.now();
    const child = spawnSync(process.execPath, args, { env: { ...process.env, HUIBAO_BENCH_PEAK: peakFile }, encoding: "utf8", maxBuffer: 64 << 20 });
    const ms = performance.now() - start;
    if (child.status !== 0 || !existsSync(output)) throw new Error(`huibao consolidate failed (${child.status}): ${child.stderr}`);
    const { peakRssMB, cpuS } = JSON.parse(readFileSync(peakFile, "utf8")) as { peakRssMB: number; cpuS: number };
    return { ms, peakRssMB, cpuS };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A peer's whole process (python start, imports, reading, summing), timed the same way. */
export function measureProcess(command: string, args: readonly string[]): CommandRun & { stdout: string } {
  const start = performance.now();
  const child = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 << 20 });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`${command} failed (${child.status}): ${child.stderr}`);
  const reported = JSON.parse(child.stdout.trim().split("\n").pop()!) as { peakRssMB: number };
  return { ms, peakRssMB: reported.peakRssMB, stdout: child.stdout };
}
