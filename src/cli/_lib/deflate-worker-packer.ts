import { Worker } from "node:worker_threads";
import * as zlib from "node:zlib";
import type { Packer } from "../../workbook/xlsx/write";
import { LAST_PIECE, nativePacker, OPEN_PIECE } from "./native-packer";

/** Buffers the writer writes pieces into, each a megabyte (the writer's piece): enough that it seldom waits while the worker catches up. */
const SLOTS = 8;
const SLOT_BYTES = 1 << 20;
const FREE = 0;
const TAKEN = 1;
/** How long the writer waits for a buffer before it takes the worker for dead (a megabyte deflates in milliseconds). */
const WAIT_MS = 30_000;

/**
 * The worker's code, run from this string (eval) so it is the same from the sources (Jest), tsc's
 * output and the bundle, with nothing to load but Node's zlib. It checks and deflates each piece from its
 * shared buffer, frees the buffer (the writer may be waiting on it, blocked), then sends the compressed
 * bytes, and with a part's last piece the part's CRC-32 (parts come one after the other).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { crc32, deflateRawSync } = require("node:zlib");
const { slots, state, open, last } = workerData;
const views = slots.map((slot) => new Uint8Array(slot));
let crc = 0;
parentPort.on("message", ({ id, slot, length, data, final }) => {
  let out;
  let partCrc;
  try {
    const piece = slot >= 0 ? views[slot].subarray(0, length) : data;
    crc = crc32(piece, crc);
    out = deflateRawSync(piece, final ? last : open);
    if (final) [partCrc, crc] = [crc, 0];
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
    return;
  } finally {
    if (slot >= 0) {
      Atomics.store(state, slot, ${FREE});
      Atomics.notify(state, slot);
    }
  }
  parentPort.postMessage({ id, out, partCrc }, [out.buffer]);
});
`;

/** The packer a summary is written with, and the thread it deflates on, to be stopped once the workbook is written. */
export interface DeflateWorkerPacker extends Packer {
  close(): Promise<void>;
}

/**
 * A packer that deflates the writer's pieces on a worker thread of its own, from a fixed set of shared
 * buffers the writer writes into (pieceBuffer). With libuv's pool, each megabyte written was a new
 * buffer, held until its deflate's answer reached the main thread — only after the writing, which never
 * yields: a ledger summary's 64 MB of XML were 64 fresh megabytes, their first writes faulting pages in
 * and their weight bringing on collections of the whole heap, and four pool threads deflating on two
 * cores took turns with the writer. Here the writer waits, blocked on the buffer's state (Atomics.wait),
 * only when all of them are still being deflated; the worker frees each as soon as its bytes are
 * deflated. The pieces and their deflate are those of nativePacker (same options), so the file's parts
 * are the same bytes; the CRC-32 is taken on the worker too.
 * Undefined where a worker cannot be started, or where Node's zlib has no crc32 (before Node 20.15; the
 * worker takes each part's CRC with it): nativePacker then.
 */
export function deflateWorkerPacker(nodeZlib: { crc32?: unknown } = zlib): DeflateWorkerPacker | undefined {
  if (typeof nodeZlib.crc32 !== "function") return undefined;
  const slots = Array.from({ length: SLOTS }, () => new SharedArrayBuffer(SLOT_BYTES));
  const state = new Int32Array(new SharedArrayBuffer(SLOTS * 4));
  const views = slots.map((slot) => new Uint8Array(slot));
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { slots, state, open: OPEN_PIECE, last: LAST_PIECE } });
  } catch {
    return undefined;
  }
  const waiting = new Map<number, { resolve: (out: Uint8Array) => void; reject: (error: Error) => void; crc?: (crc: number) => void }>();
  /** The CRC-32 of the part whose last piece was handed over last. */
  let lastPartCrc: Promise<number> | undefined;
  let nextId = 0;
  let nextSlot = 0;
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on("message", ({ id, out, partCrc, error }: { id: number; out?: Uint8Array; partCrc?: number; error?: string }) => {
    const answer = waiting.get(id);
    waiting.delete(id);
    if (error !== undefined) answer?.reject(new Error(error));
    else {
      if (partCrc !== undefined) answer?.crc?.(partCrc);
      answer?.resolve(out!);
    }
  });
  worker.on("error", (error) => failAll(error));
  worker.on("exit", () => failAll(failure ?? new Error("deflate worker stopped")));

  const slotOf = (piece: Uint8Array) => (piece.byteOffset === 0 ? slots.indexOf(piece.buffer as SharedArrayBuffer) : -1);
  return {
    ...nativePacker,
    pieceBuffer: (room) => {
      if (room > SLOT_BYTES) return undefined;
      // A worker already known to have failed frees no buffer: fail now, not after the wait's timeout.
      if (failure) throw failure;
      for (;;) {
        for (let i = 0; i < SLOTS; i++) {
          const slot = (nextSlot + i) % SLOTS;
          if (Atomics.compareExchange(state, slot, FREE, TAKEN) === FREE) {
            nextSlot = slot + 1;
            return views[slot];
          }
        }
        // All taken: wait for the one handed out longest ago, which the worker deflates first.
        if (Atomics.wait(state, nextSlot % SLOTS, TAKEN, WAIT_MS) === "timed-out") throw new Error("deflate worker does not answer");
      }
    },
    deflatePiece: (data, last) =>
      new Promise((resolve, reject) => {
        if (failure) return reject(failure);
        const id = nextId++;
        let crc: ((crc: number) => void) | undefined;
        // A rejected deflate rejects the part's packing through its pieces; the CRC's promise waits on the same answer.
        if (last) lastPartCrc = new Promise((settle) => (crc = settle));
        waiting.set(id, { resolve, reject, crc });
        const slot = slotOf(data);
        // A piece in a buffer of the writer's own (longer than a slot) is sent as a copy.
        worker.postMessage(slot >= 0 ? { id, slot, length: data.length, final: last } : { id, slot, data, final: last });
      }),
    partCrc: () => lastPartCrc ?? Promise.reject(new Error("no part handed over")),
    close: async () => {
      await worker.terminate();
    },
  };
}
