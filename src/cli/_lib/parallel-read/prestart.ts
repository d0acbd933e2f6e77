import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import type { ReportTemplate } from "../../../core/template";
import { startLane, stopLane, type Lane } from "./read-lane";

/**
 * From how many files of a kind a worker is started: where it pays for itself on two cores, measured on
 * the whole command (2026-12-04, each count alternately with and without, five to eight runs, medians).
 * A worker costs the process far more than its start (~0.1 s): it warms up on its own, slowly, reading
 * at half the main thread's pace at first; it takes the core V8's own threads (collection, optimising
 * compiles) and libuv's pool (inflating, hashing) were using, so the main thread reads slower meanwhile;
 * and each reading it sends is copied in on the main thread. Ledgers of 300 rows: 50 files 0.73 s alone
 * against 0.90 s with a worker, 100 0.99 / 1.15 s, 200 1.74 / 1.73 s, 300 2.63 / 2.75 s, 400 3.74 / 3.31 s.
 * Indicator tables: 1,000 1.15 / 1.46 s, 2,000 1.93 / 2.25 s, 4,000 3.55 / 3.68 s (and 1.5 s more CPU).
 * More cores were not measured: with a core to spare for V8's threads a worker may pay sooner.
 */
export const PARALLEL_FROM: Record<ReportTemplate["kind"], number> = { ledger: 350, indicators: 5000 };

/** The worker's entry file: compiled beside this one by tsc; a bundle emits it beside its own file under this name. */
export const READ_WORKER_FILE = "read-worker.js";

/**
 * The reading threads to use: HUIBAO_READ_WORKERS when set (0: none; for measuring and testing), else
 * one per further core.
 */
export function readWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.HUIBAO_READ_WORKERS;
  if (asked !== undefined && asked !== "") {
    const workers = Number(asked);
    return Number.isInteger(workers) && workers > 0 ? workers : 0;
  }
  return availableParallelism() - 1;
}

/**
 * As many files as the arguments can name, or more: a folder counts every entry, a pattern (*.xlsx)
 * every entry of its folder, a file one (an option's value too, when it is a file). Enough to leave the
 * threads unstarted for a handful of files, where they would only be stopped again; what is read is
 * decided once the files are known (expandInputs).
 */
function filesAtMost(args: readonly string[], cwd: string): number {
  let count = 0;
  for (const arg of args) {
    if (arg.startsWith("-")) continue;
    const path = resolve(cwd, arg);
    try {
      if (/[*?]/.test(basename(arg))) count += readdirSync(dirname(path)).length;
      else count += statSync(path).isDirectory() ? readdirSync(path).length : 1;
    } catch {
      // Nothing there: an option's value (a template's id), or a name the command will report missing.
    }
  }
  return count;
}

/** Lanes started with the process, not yet taken by a reading. */
let prestarted: Lane[] = [];

/**
 * Starts the reading threads as the command line starts, when its arguments are a `consolidate` with
 * `--template` (only then are files read on threads: the template must be known before reading) and
 * name as many files as that template's kind reads on threads: a worker takes some 100 ms to load,
 * which now overlaps the main thread's own start (its modules, the arguments, the template) instead of
 * following it, and the worker is ready when the first file is read. Whether they are used is decided
 * once the files are known (parallelReader); those not used are stopped. Resolves once they are started.
 */
export async function prestartReadWorkers(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env, workerFile = join(__dirname, READ_WORKER_FILE)): Promise<void> {
  // The command is the first argument that is not an option, as registerNeeded finds it.
  const at = args.findIndex((arg) => !arg.startsWith("-"));
  const option = args.findIndex((arg) => arg === "--template" || arg.startsWith("--template="));
  if (args[at] !== "consolidate" || option < 0) return;
  const asked = env.HUIBAO_READ_WORKERS !== undefined && env.HUIBAO_READ_WORKERS !== "";
  if (!asked) {
    const kind = await templateKind(args[option].startsWith("--template=") ? args[option].slice("--template=".length) : args[option + 1], cwd);
    if (kind === undefined || filesAtMost(args.slice(at + 1), cwd) < PARALLEL_FROM[kind]) return;
  }
  if (!existsSync(workerFile)) return;
  for (let i = readWorkerCount(env); i > 0; i--) {
    try {
      prestarted.push(startLane(workerFile));
    } catch {
      return;
    }
  }
}

/**
 * The kind of the template `--template` names, when it is plain to see: a built-in's (its module is one
 * the command loads anyway), or a template file's own `kind`. Not for a form workbook (inferring its
 * template is the command's work): undefined, and the threads, if any, start once the template is known.
 */
async function templateKind(idOrPath: string | undefined, cwd: string): Promise<ReportTemplate["kind"] | undefined> {
  if (!idOrPath) return undefined;
  const { findBuiltinTemplate } = await import("../../../core/template/builtin/builtin-templates");
  const builtin = findBuiltinTemplate(idOrPath);
  if (builtin) return builtin.kind;
  if (!/\.json$/i.test(idOrPath)) return undefined;
  try {
    const { kind } = JSON.parse(readFileSync(resolve(cwd, idOrPath), "utf8")) as { kind?: unknown };
    return kind === "ledger" || kind === "indicators" ? kind : undefined;
  } catch {
    return undefined;
  }
}

/** Up to `count` of the threads started with the process, still running; the others are stopped. */
export function takePrestarted(count: number): Lane[] {
  const alive = prestarted.filter((lane) => lane.alive);
  const taken = alive.slice(0, count);
  for (const lane of alive.slice(count)) void stopLane(lane);
  prestarted = [];
  return taken;
}

/** Stops the threads started with the process that no reading took (a run below the thresholds, a failure before reading). */
export async function stopPrestarted(): Promise<void> {
  const lanes = prestarted;
  prestarted = [];
  await Promise.all(lanes.map(stopLane));
}
