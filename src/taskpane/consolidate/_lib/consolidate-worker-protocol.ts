import type { UnitDecisions } from "../../../core/consolidate";
import type { ReportTemplate } from "../../../core/template";
import type { ConsolidationRun } from "../run-consolidation";

/**
 * A picked file as it crosses to the worker: its bytes as a Blob (cloned by reference, not copied)
 * with its name and modification time beside it, since not every structured clone keeps a File's own.
 */
export interface FileToRead {
  name: string;
  lastModified: number;
  bytes: Blob;
}

/** What the worker consolidates: the page's request without what cannot cross a thread (the open workbook, functions, the signal). */
export interface ConsolidateJob {
  files: FileToRead[];
  roster?: FileToRead;
  templateId?: string;
  templates: ReportTemplate[];
  unitDecisions?: UnitDecisions;
  preparer?: string;
  phone?: string;
}

/** The page to the worker: start the one job, or stop it (the worker aborts its own AbortController). */
export type ToWorker = { type: "start"; job: ConsolidateJob } | { type: "cancel" };

/** An error thrown in the worker, as plain data: not every browser clones an Error, and none keeps its class. */
export interface WorkerFailure {
  name: string;
  message: string;
}

/** The worker to the page: each step as in-thread progress, then exactly one of done, cancelled or failed. */
export type FromWorker =
  | { type: "progress"; done: number; total: number; name: string }
  | { type: "done"; run: ConsolidationRun }
  | { type: "cancelled" }
  | { type: "failed"; error: WorkerFailure };

/** The worker's side of the channel: a DedicatedWorkerGlobalScope, or a test's stand-in. */
export interface WorkerEndpoint {
  postMessage(message: FromWorker): void;
  addEventListener(type: "message", listener: (event: { data: ToWorker }) => void): void;
}
