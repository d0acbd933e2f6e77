import { readUnitFile } from "../read-unit-file";
import { runConsolidation, type PickedSource } from "../run-consolidation";
import type { FileToRead, ToWorker, WorkerEndpoint } from "./consolidate-worker-protocol";

/** A File again from what crossed the thread; wraps the same bytes, copies nothing. */
function pickedFile(file: FileToRead): PickedSource {
  return { kind: "file", file: new File([file.bytes], file.name, { lastModified: file.lastModified }) };
}

/**
 * The worker's side of 汇总: takes one job, reads, audits and consolidates its files exactly as the
 * page would in-thread (runConsolidation, the lean reader), posts each step as progress and then the
 * run — plain data that survives the structured clone — or that it was cancelled, or why it failed.
 * A cancel aborts the worker's own AbortController; the run stops at its next step (between two
 * files, or inside the consolidation), since a message is only taken between two turns of work.
 */
export function serveConsolidation(endpoint: WorkerEndpoint): void {
  const controller = new AbortController();
  let started = false;
  endpoint.addEventListener("message", ({ data }: { data: ToWorker }) => {
    if (data.type === "cancel") {
      controller.abort();
      return;
    }
    // One worker, one job: the page spawns a fresh worker for each run.
    if (started) return;
    started = true;
    const { job } = data;
    const running = runConsolidation({
      sources: job.files.map(pickedFile),
      ...(job.roster ? { roster: pickedFile(job.roster) } : {}),
      templateId: job.templateId,
      templates: job.templates,
      readFile: readUnitFile,
      ...(job.unitDecisions ? { unitDecisions: job.unitDecisions } : {}),
      preparer: job.preparer,
      phone: job.phone,
      signal: controller.signal,
      onProgress: (done, total, name) => endpoint.postMessage({ type: "progress", done, total, name }),
    });
    running.then(
      (run) => endpoint.postMessage({ type: "done", run }),
      (error: unknown) => {
        if (controller.signal.aborted) endpoint.postMessage({ type: "cancelled" });
        else endpoint.postMessage({ type: "failed", error: error instanceof Error ? { name: error.name, message: error.message } : { name: "Error", message: String(error) } });
      },
    );
  });
}
