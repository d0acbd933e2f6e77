import type { ConsolidateJob, FileToRead, FromWorker, ToWorker } from "./_lib/consolidate-worker-protocol";
import { latestPerFrame } from "./_lib/latest-per-frame";
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
 * between two turns of its work, and one turn (consolidating 2,000 files at once) may be long; 取消
 * is to answer within a second whatever the worker is doing.
 */
export const CANCEL_GRACE_MS = 200;

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
 * painting and 取消 answers at once: the same request and outcome, and a cancel that rejects with
 * the signal's reason as in-thread. Progress comes as the worker reads, the latest step once per
 * frame, and the last (`done === total`) always before the outcome. The worker is spawned for the run and terminated
 * after it (or when it does not answer a cancel promptly). Where there is no Worker, for sheets of
 * the open workbook, and should the worker fail to start, the run is made in the page as before.
 */
export async function consolidateOffThread(request: ConsolidationRequest, spawn: SpawnConsolidateWorker | undefined = browserWorker): Promise<ConsolidationRun> {
  const job = jobOf(request);
  if (!job || !spawn) return runConsolidation(request);
  const { signal } = request;
  signal.throwIfAborted();
  const worker = await spawn();
  return new Promise<ConsolidationRun>((resolve, reject) => {
    const progress = latestPerFrame((step: { done: number; total: number; name: string }) => request.onProgress(step.done, step.total, step.name));
    let heard = false;
    let settled = false;
    let grace: ReturnType<typeof setTimeout> | undefined;
    const settle = (end: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", cancel);
      clearTimeout(grace);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      progress.drop();
      end();
    };
    const cancelled = () => settle(() => reject(signal.reason));
    function cancel() {
      worker.postMessage({ type: "cancel" });
      grace = setTimeout(cancelled, CANCEL_GRACE_MS);
    }
    worker.onmessage = ({ data }) => {
      heard = true;
      if (data.type === "progress") {
        progress.push(data);
        return;
      }
      if (data.type === "done") progress.flush();
      // A run that ends as the clerk cancels (even on its last step) is cancelled: nothing of it is to be written.
      if (data.type === "cancelled" || signal.aborted) cancelled();
      else if (data.type === "done") settle(() => resolve(data.run));
      else settle(() => reject(Object.assign(new Error(data.error.message), { name: data.error.name })));
    };
    worker.onerror = (event) => {
      // A worker that never started (its script refused or not found): the run is made in the page.
      if (!heard) {
        event.preventDefault?.();
        settle(() => resolve(runConsolidation(request)));
      } else settle(() => reject(new Error(event.message || "consolidate worker failed")));
    };
    signal.addEventListener("abort", cancel, { once: true });
    worker.postMessage({ type: "start", job });
  });
}
