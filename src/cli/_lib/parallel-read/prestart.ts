import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { startLane, stopLane, type Lane } from "./read-lane";

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

/** Lanes started with the process, not yet taken by a reading. */
let prestarted: Lane[] = [];

/**
 * Starts the reading threads as the command line starts, when its arguments are a `consolidate` with
 * `--template` (only then are files read on threads: the template must be known before reading): a
 * worker takes some 100 ms to load, which now overlaps the main thread's own start (its modules, the
 * arguments, the template) instead of following it, and the worker is ready when the first file is read.
 * Whether they are used is decided once the files are known (parallelReader); those not used are stopped.
 */
export function prestartReadWorkers(args: readonly string[], env: NodeJS.ProcessEnv = process.env, workerFile = join(__dirname, READ_WORKER_FILE)): void {
  // The command is the first argument that is not an option, as registerNeeded finds it.
  const command = args.find((arg) => !arg.startsWith("-"));
  if (command !== "consolidate" || !args.some((arg) => arg === "--template" || arg.startsWith("--template="))) return;
  if (!existsSync(workerFile)) return;
  for (let i = readWorkerCount(env); i > 0; i--) {
    try {
      prestarted.push(startLane(workerFile));
    } catch {
      return;
    }
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
