import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { ParallelSourceReader } from "../../../app";
import type { Progress } from "../../../app/progress";
import { createFileReader, type FileReaderOptions, type FileReading } from "../../../core/consolidate";
import { loadUnitInput } from "../load-unit-input";
import { READ_WORKER_FILE } from "./prestart";
import { startLane, stopLane, type Lane } from "./read-lane";
import { fromWire, readerSetup, type ToReader } from "./read-protocol";
import { SharedTexts } from "./shared-texts";

export interface WorkerReaderSettings {
  /** Reading threads to use. */
  workers: number;
  /** Whether the main thread reads files too while the workers do. */
  mainReads: boolean;
  /** The worker's entry file; READ_WORKER_FILE beside this module by default. */
  workerFile?: string;
  /** Threads already started (with the process: prestart.ts), used before any is started here. */
  lanes?: Lane[];
}

/** A ParallelSourceReader whose workers start as soon as it is made, so their start overlaps the main thread's own work. */
export interface WorkerReader extends ParallelSourceReader {
  /** Terminates the workers, if readAll has not (a refused roster, a failure before reading). */
  close(): Promise<void>;
  /** Files read so far by the workers and by the main thread (those a worker failed on included). */
  readonly read: { workers: number; main: number };
}

/** Files handed to a worker ahead of the one it reads, so it does not wait for the main thread between two. */
const AHEAD = 2;

/**
 * The units' files at `paths` (the same files, in the same order, as the consolidation's sources)
 * read on worker threads, handed out as each thread is free, and on the main thread too if so set.
 * Every file's reading comes back exactly once: a file a worker failed on, or held when it died, is
 * read again on the main thread. The readings are handed on in the files' order once all are in, so
 * the result is the one-thread run's whatever thread read what. A cancel terminates the workers at
 * once. When no worker can start, readAll says so and the caller reads in turn.
 */
export function workerReader(paths: readonly string[], settings: WorkerReaderSettings): WorkerReader {
  const workerFile = settings.workerFile ?? join(__dirname, READ_WORKER_FILE);
  const lanes: Lane[] = [...(settings.lanes ?? [])];
  if (existsSync(workerFile)) {
    for (let i = lanes.length; i < settings.workers; i++) {
      try {
        lanes.push(startLane(workerFile));
      } catch {
        break;
      }
    }
  }
  const close = async () => {
    await Promise.all(lanes.map(stopLane));
  };
  const read = { workers: 0, main: 0 };
  return {
    read,
    readAll: async (options, take, progress) => {
      try {
        return await readOnWorkers(paths, lanes, settings.mainReads, options, take, progress, read);
      } finally {
        // Done with them: their memory goes before the summary is written.
        await close();
      }
    },
    close,
  };
}

async function readOnWorkers(
  paths: readonly string[],
  lanes: readonly Lane[],
  mainReads: boolean,
  options: FileReaderOptions,
  take: (reading: FileReading) => void,
  progress: Progress,
  read: { workers: number; main: number },
): Promise<"read" | undefined> {
  const setup = readerSetup(options);
  if (!setup || !lanes.some((lane) => lane.alive)) return undefined;
  const { signal } = progress;
  signal?.throwIfAborted();

  const total = paths.length;
  const readings: Array<FileReading | undefined> = new Array(total);
  let received = 0;
  let next = 0;
  /** Files to read again on the main thread: their worker failed on them or died holding them. */
  const orphans: number[] = [];
  // The findings' texts kept once for the whole reading, whichever file repeats them.
  const texts = new SharedTexts();
  let wake = () => {};
  const event = () => new Promise<void>((resolve) => (wake = resolve));
  const arrived = (index: number, reading: FileReading) => {
    if (readings[index]) return;
    readings[index] = reading;
    received++;
  };

  for (const lane of lanes) {
    lane.heard = (message) => {
      if (message.kind === "ready") return wake();
      lane.pending.delete(message.index);
      if (message.kind === "failed") orphans.push(message.index);
      else {
        try {
          arrived(message.index, fromWire(message.reading, options.roster, texts));
          read.workers++;
        } catch {
          orphans.push(message.index);
        }
      }
      wake();
    };
    lane.ended = () => {
      orphans.push(...lane.pending);
      lane.pending.clear();
      wake();
    };
    if (lane.alive) lane.worker.postMessage({ kind: "setup", setup } satisfies ToReader);
  }

  const readHere = createFileReader(options);
  const onAbort = () => wake();
  signal?.addEventListener("abort", onAbort);
  const announce = async (index: number) => progress.step?.({ done: index, total, name: basename(paths[index]) });
  try {
    while (received < total) {
      signal?.throwIfAborted();
      for (const lane of lanes) {
        while (lane.alive && lane.ready && lane.pending.size < AHEAD && next < total) {
          const index = next++;
          await announce(index);
          if (!lane.alive) {
            orphans.push(index);
            break;
          }
          lane.pending.add(index);
          lane.worker.postMessage({ kind: "read", index, path: paths[index], position: index } satisfies ToReader);
        }
      }
      let index = orphans.shift();
      if (index === undefined && next < total && (mainReads || !lanes.some((lane) => lane.alive))) {
        index = next++;
        await announce(index);
      }
      if (index !== undefined) {
        signal?.throwIfAborted();
        arrived(index, readHere(await loadUnitInput(paths[index], index, { signal })));
        read.main++;
        // Let the workers' answers in before the next file: each may be waiting for its next one.
        await nextTurn();
        continue;
      }
      if (received < total) await event();
    }
    await progress.step?.({ done: total, total, name: "" });
    signal?.throwIfAborted();
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
  for (const reading of readings) take(reading!);
  return "read";
}
