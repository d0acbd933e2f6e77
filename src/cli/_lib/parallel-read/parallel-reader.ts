import type { ReportTemplate } from "../../../core/template";
import { PARALLEL_FROM, readWorkerCount, takePrestarted } from "./prestart";
import { workerReader, type WorkerReader } from "./worker-reader";

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
