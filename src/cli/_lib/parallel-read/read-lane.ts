import { Worker } from "node:worker_threads";
import type { FromReader } from "./read-protocol";

/**
 * One reading thread as the main thread sees it. Imports nothing but Node (its protocol by type only),
 * so the command line's entry can start a lane before it has loaded the consolidation (see prestart.ts).
 */
export interface Lane {
  worker: Worker;
  /** Files handed to it and not yet back. */
  pending: Set<number>;
  alive: boolean;
  /** Its modules loaded: files are handed to it from then on, not before (the main thread would wait for them). */
  ready: boolean;
  /** What reading does with its answers, once reading has begun. */
  heard?: (message: FromReader) => void;
  ended?: () => void;
}

/** A worker started: its modules load while the main thread goes on. Its end is noted whenever it comes. */
export function startLane(workerFile: string): Lane {
  const lane: Lane = { worker: new Worker(workerFile), pending: new Set(), alive: true, ready: false };
  lane.worker.on("message", (message: FromReader) => {
    if (message.kind === "ready") lane.ready = true;
    lane.heard?.(message);
  });
  // An uncaught error in the worker ends it; 'exit' follows, which hands its files back.
  lane.worker.on("error", () => {});
  lane.worker.on("exit", () => {
    lane.alive = false;
    lane.ended?.();
  });
  return lane;
}

/** The lane's worker stopped now, wherever it is (a cancel, a failure, a lane not needed). */
export async function stopLane(lane: Lane): Promise<void> {
  await lane.worker.terminate();
}
