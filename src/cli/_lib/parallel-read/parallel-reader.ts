import { availableParallelism } from "node:os";
import { workerReader, type WorkerReader } from "./worker-reader";

/**
 * Below this many files the main thread reads them all before a worker is ready (a thread, its
 * modules: about 0.4 s here, in which the main thread reads 30 ledgers of 300 rows or 250 small
 * tables), so none is started.
 */
export const PARALLEL_FROM = 32;

/**
 * How the command line reads these files: the main thread and a worker per further core, when there
 * are enough files and cores, else undefined (in turn, on the main thread). The main thread reads
 * too: on two cores it keeps reading while the worker starts, and a worker's answer costs it a copy
 * (a ledger's rows) far cheaper than the reading. For measuring and testing both ways,
 * HUIBAO_READ_WORKERS sets the number of workers whatever the number of files (0: none) and
 * HUIBAO_READ_MAIN=0 leaves the reading to the workers alone.
 */
export function parallelReader(paths: readonly string[], env: NodeJS.ProcessEnv = process.env): WorkerReader | undefined {
  const mainReads = env.HUIBAO_READ_MAIN !== "0";
  const asked = env.HUIBAO_READ_WORKERS;
  if (asked !== undefined && asked !== "") {
    const workers = Number(asked);
    return Number.isInteger(workers) && workers > 0 ? workerReader(paths, { workers, mainReads }) : undefined;
  }
  const cores = availableParallelism();
  if (cores < 2 || paths.length < PARALLEL_FROM) return undefined;
  return workerReader(paths, { workers: cores - 1, mainReads });
}
