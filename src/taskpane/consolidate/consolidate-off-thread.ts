import type { ConsolidateJob, FileToRead, FromWorker, ToWorker } from "./_lib/consolidate-worker-protocol";
import { latestAtIntervals } from "./_lib/latest-at-intervals";
import { readUnitFile } from "./read-unit-file";
import { runConsolidation, type ConsolidationRequest, type ConsolidationRun } from "./run-consolidation";

/** What the page uses of a Worker; a test hands in a stand-in. */
export interface ConsolidateWorker {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?(): void }) => void) | null;
}

export type SpawnConsolidateWorker = () => Promise<ConsolidateWorker>;

/**
 * How long a cancelled worker has to say it stopped before it is terminated. It takes a cancel only
 * between two turns of its work, and one turn (consolidating 2,000 files at once) may be long; its
 * CPU is not to be spent on a run nobody waits for.
 */
export const CANCEL_GRACE_MS = 200;

/** Progress is shown ten times a second at most: enough for the eye, and the pane is left to paint. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * The browser's worker, where there is one. Loaded on first use: the module that spawns it uses
 * import.meta, which only webpack's ES-module build has (not Jest's CommonJS, where there is no Worker).
 */
const browserWorker: SpawnConsolidateWorker | undefined =
  typeof Worker === "function"
    ? async () => (await import(/* webpackChunkName: "spawn-consolidate-worker" */ "./_lib/spawn-consolidate-worker")).spawnConsolidateWorker() as ConsolidateWorker
    : undefined;

function fileToRead(file: File): FileToRead {
  return { name: file.name, lastModified: file.lastModified, bytes: file };
}

/**
 * The request as a worker's job, or none when it cannot cross the thread: a sheet of the open
 * workbook is read through Office.js, which only the main thread has, and a reader other than the
 * page's own (a test's) is a function, which no message carries.
 */
function jobOf(request: ConsolidationRequest): ConsolidateJob | undefined {
  if (request.readFile !== readUnitFile || request.roster?.kind === "sheet") return undefined;
  const files: FileToRead[] = [];
  for (const source of request.sources) {
    if (source.kind !== "file") return undefined;
    files.push(fileToRead(source.file));
  }
  return {
    files,
    ...(request.roster ? { roster: fileToRead(request.roster.file) } : {}),
    templateId: request.templateId,
    templates: [...request.templates],
    ...(request.unitDecisions ? { unitDecisions: request.unitDecisions } : {}),
    preparer: request.preparer,
    phone: request.phone,
  };
}

/**
 * runConsolidation, with the reading, auditing and consolidating in a Web Worker so the pane keeps
 * painting and 取消 answers at once: the same request and outcome. Progress comes as the worker
 * reads, the latest step ten times a second, the last (`done === total`) always before the outcome.
 * A cancel rejects with the signal's reason as in-thread, at once; the worker is told to stop and
 * terminated when it has (or when it does not answer promptly), as it is after every run. Where
 * there is no Worker, for sheets of the open workbook, and should the worker fail to start, the run
 * is made in the page as before.
 */
export async function consolidateOffThread(request: ConsolidationRequest, spawn: SpawnConsolidateWorker | undefined = browserWorker): Promise<ConsolidationRun> {
  const job = jobOf(request);
  if (!job || !spawn) return runConsolidation(request);
  const { signal } = request;
  signal.throwIfAborted();
  let worker: ConsolidateWorker;
  try {
    worker = await spawn();
  } catch {
    // No worker to be had (a policy refusing it at once, its script's chunk not loading): the page does the work as before.
    return runConsolidation(request);
  }
  return new Promise<ConsolidationRun>((resolve, reject) => {
    const progress = latestAtIntervals((step: { done: number; total: number; name: string }) => request.onProgress(step.done, step.total, step.name), PROGRESS_INTERVAL_MS);
    let heard = false;
    let settled = false;
    let grace: ReturnType<typeof setTimeout> | undefined;
    const endWorker = () => {
      clearTimeout(grace);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    };
    const settle = (end: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", cancel);
      progress.drop();
      end();
    };
    // The pane is idle at once; the worker is told to stop, and ended when it says it has or after the grace.
    function cancel() {
      settle(() => reject(signal.reason));
      worker.postMessage({ type: "cancel" });
      grace = setTimeout(endWorker, CANCEL_GRACE_MS);
    }
    worker.onmessage = ({ data }) => {
      heard = true;
      if (data.type === "progress") {
        if (!settled) progress.push(data);
        return;
      }
      if (data.type === "done") progress.flush();
      endWorker();
      // A run that ends as the clerk cancels (even on its last step) is cancelled: nothing of it is to be written.
      if (data.type === "cancelled" || signal.aborted) settle(() => reject(signal.reason));
      else if (data.type === "done") settle(() => resolve(data.run));
      else settle(() => reject(Object.assign(new Error(data.error.message), { name: data.error.name })));
    };
    worker.onerror = (event) => {
      // A worker that never started (its script refused or not found): the run is made in the page.
      endWorker();
      if (!heard && !settled) {
        event.preventDefault?.();
        settle(() => resolve(runConsolidation(request)));
      } else settle(() => reject(new Error(event.message || "consolidate worker failed")));
    };
    signal.addEventListener("abort", cancel, { once: true });
    worker.postMessage({ type: "start", job });
  });
}
