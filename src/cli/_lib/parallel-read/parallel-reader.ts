import type { ReportTemplate } from "../../../core/template";
import { readWorkerCount, takePrestarted } from "./prestart";
import { workerReader, type WorkerReader } from "./worker-reader";

/**
 * From how many files of a kind a worker is started. A worker is ready about 0.4 s after it starts
 * (a thread, its modules), in which the main thread reads some 30 ledgers of 300 rows, or 250 small
 * tables; and it reads slowly at first, warming up on its own. Measured on two cores: 200 ledgers'
 * reading takes 0.9 s off the main thread; 500 tables none (the worker is ready when most are read),
 * 2,000 tables 0.3 s.
 */
export const PARALLEL_FROM: Record<ReportTemplate["kind"], number> = { ledger: 32, indicators: 1000 };

/**
 * How the command line reads these files against this template: the main thread and a worker per
 * further core, when there are enough files and cores, else undefined (in turn, on the main thread).
 * The workers are those started with the process (prestart.ts) when they were; those not needed are
 * stopped now. The main thread reads too: on two cores it keeps reading while the worker starts, and a
 * worker's answer costs it a copy (a ledger's rows) far cheaper than the reading. For measuring and
 * testing both ways, HUIBAO_READ_WORKERS sets the number of workers whatever the number of files
 * (0: none) and HUIBAO_READ_MAIN=0 leaves the reading to the workers alone.
 */
export function parallelReader(paths: readonly string[], template: ReportTemplate, env: NodeJS.ProcessEnv = process.env): WorkerReader | undefined {
  const mainReads = env.HUIBAO_READ_MAIN !== "0";
  const workers = readWorkerCount(env);
  const asked = env.HUIBAO_READ_WORKERS !== undefined && env.HUIBAO_READ_WORKERS !== "";
  const wanted = workers > 0 && (asked || paths.length >= PARALLEL_FROM[template.kind]);
  const lanes = takePrestarted(wanted ? workers : 0);
  return wanted ? workerReader(paths, { workers, mainReads, lanes }) : undefined;
}
