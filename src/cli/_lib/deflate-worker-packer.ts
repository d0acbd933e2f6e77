import { Worker } from "node:worker_threads";
import * as zlib from "node:zlib";
import { PIECE_BYTES, type OpenPart, type PackedPart, type Packer } from "../../workbook/xlsx/write";
import { LAST_PIECE, OPEN_PIECE } from "./native-packer";

/** Buffers the writer writes pieces into, each a piece long: enough that it seldom waits while the worker catches up. */
const SLOTS = 8;
const FREE = 0;
const TAKEN = 1;
/** The word after the slots' states: set by the worker as it stops, for a writer blocked waiting for a slot (it sees no event then). */
const STOPPED = SLOTS;
/** How long the writer waits for a slot before it takes the worker for dead, where the worker could not say so (out of memory, it runs no more code). A megabyte deflates in milliseconds. */
const WAIT_MS = 30_000;

/**
 * The worker's code, run from this string (eval) so it is the same from the sources (Jest), tsc's
 * output and the bundle, with nothing to load but Node's zlib. It checks and deflates each piece from its
 * shared buffer, frees the buffer (the writer may be waiting on it, blocked), then sends the compressed
 * bytes, and with a part's last piece the part's CRC-32. As it stops, for whatever reason it can still
 * run code (an error thrown, process.exit), it says so in the shared states and wakes the writer.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { crc32, deflateRawSync } = require("node:zlib");
const { slots, state, open, last } = workerData;
const views = slots.map((slot) => new Uint8Array(slot));
const crcs = new Map();
process.on("exit", () => {
  Atomics.store(state, ${STOPPED}, 1);
  for (let slot = 0; slot < ${SLOTS}; slot++) Atomics.notify(state, slot);
});
parentPort.on("message", ({ id, part, slot, length, data, final }) => {
  let out;
  let crc;
  try {
    const piece = slot >= 0 ? views[slot].subarray(0, length) : data;
    crc = crc32(piece, crcs.get(part) ?? 0);
    out = deflateRawSync(piece, final ? last : open);
    if (final) crcs.delete(part);
    else crcs.set(part, crc);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
    return;
  } finally {
    if (slot >= 0) {
      Atomics.store(state, slot, ${FREE});
      Atomics.notify(state, slot);
    }
  }
  parentPort.postMessage({ id, out, crc }, [out.buffer]);
});
`;

/** A piece deflated by the worker, and the CRC-32 of the part so far. */
interface Deflated {
  out: Uint8Array;
  crc: number;
}

/**
 * The worker's side of the packer: the shared slots the writer writes into, and the pieces sent to be
 * deflated. With libuv's pool, each megabyte written was a new buffer, held until its deflate's answer
 * reached the main thread — only after the writing, which never yields: a ledger summary's 64 MB of XML
 * were 64 fresh megabytes, their first writes faulting pages in and their weight bringing on
 * collections of the whole heap, and four pool threads deflating on two cores took turns with the
 * writer. Here the writer waits, blocked on a slot's state (Atomics.wait), only when all of them are
 * still being deflated; the worker frees each as soon as its bytes are deflated.
 */
class DeflateWorker {
  private readonly slots = Array.from({ length: SLOTS }, () => new SharedArrayBuffer(PIECE_BYTES));
  private readonly views = this.slots.map((slot) => new Uint8Array(slot));
  private readonly state = new Int32Array(new SharedArrayBuffer((SLOTS + 1) * 4));
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (deflated: Deflated) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private nextSlot = 0;
  private failure?: Error;

  /** Throws where a worker cannot be started. */
  constructor(extraCode: string) {
    this.worker = new Worker(WORKER_SOURCE + extraCode, { eval: true, workerData: { slots: this.slots, state: this.state, open: OPEN_PIECE, last: LAST_PIECE } });
    this.worker.on("message", ({ id, out, crc, error }: { id: number; out?: Uint8Array; crc?: number; error?: string }) => {
      const answer = this.waiting.get(id);
      this.waiting.delete(id);
      if (error !== undefined) answer?.reject(new Error(error));
      else answer?.resolve({ out: out!, crc: crc! });
    });
    this.worker.on("error", (error) => this.failAll(error));
    this.worker.on("exit", () => this.failAll(this.failure ?? new Error("deflate worker stopped")));
  }

  /** A free slot to write a piece into (waiting for one if need be), or a buffer of the writer's own for a piece longer than a slot. */
  buffer(room: number): Uint8Array {
    if (room > PIECE_BYTES) return new Uint8Array(room);
    // A worker already known to have failed frees no slot: fail now, not after the wait's timeout.
    if (this.failure) throw this.failure;
    const { state } = this;
    for (;;) {
      for (let i = 0; i < SLOTS; i++) {
        const slot = (this.nextSlot + i) % SLOTS;
        if (Atomics.compareExchange(state, slot, FREE, TAKEN) === FREE) {
          this.nextSlot = slot + 1;
          return this.views[slot];
        }
      }
      if (Atomics.load(state, STOPPED)) throw new Error("deflate worker stopped");
      // All taken: wait for the one handed out longest ago, which the worker deflates first (or for its word that it stopped).
      if (Atomics.wait(state, this.nextSlot % SLOTS, TAKEN, WAIT_MS) === "timed-out") throw new Error("deflate worker does not answer");
    }
  }

  /** A piece of part `part` deflated (its slot freed once read), the part's stream ended with its `last` piece. */
  deflate(part: number, piece: Uint8Array, last: boolean): Promise<Deflated> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      const id = this.nextId++;
      this.waiting.set(id, { resolve, reject });
      const slot = piece.byteOffset === 0 ? this.slots.indexOf(piece.buffer as SharedArrayBuffer) : -1;
      // A piece in a buffer of the writer's own (longer than a slot) is sent as a copy.
      this.worker.postMessage(slot >= 0 ? { id, part, slot, length: piece.length, final: last } : { id, part, slot, data: piece, final: last });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private failAll(error: Error): void {
    this.failure = error;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}

/** A part whose pieces the worker deflates, and takes the CRC-32 of, as they are handed back. */
class WorkerPart implements OpenPart {
  private size = 0;
  private readonly pieces: Promise<Deflated>[] = [];

  constructor(
    private readonly worker: DeflateWorker,
    private readonly id: number,
  ) {}

  buffer(room: number): Uint8Array {
    return this.worker.buffer(room);
  }

  push(piece: Uint8Array): void {
    this.send(piece, false);
  }

  async finish(last: Uint8Array): Promise<PackedPart> {
    this.send(last, true);
    const deflated = await Promise.all(this.pieces);
    return { crc: deflated[deflated.length - 1].crc >>> 0, size: this.size, compressed: deflated.map((piece) => piece.out) };
  }

  private send(piece: Uint8Array, last: boolean): void {
    this.size += piece.length;
    const deflated = this.worker.deflate(this.id, piece, last);
    // A part left unfinished (the writer failed on a stopped worker) must not fail the process with its pieces' rejections; finish still sees them.
    deflated.catch(() => undefined);
    this.pieces.push(deflated);
  }
}

/** The packer a summary is written with, and the thread it deflates on, to be stopped once the workbook is written. */
export interface DeflateWorkerPacker extends Packer {
  close(): Promise<void>;
}

/**
 * A packer that deflates the writer's pieces on a worker thread of its own, from a fixed set of shared
 * buffers the writer writes into (see DeflateWorker). The pieces and their deflate are those of
 * nativePacker (same options), so the file's parts are the same bytes; the CRC-32 is taken on the
 * worker too. Undefined where a worker cannot be started, or where Node's zlib has no crc32 (before
 * Node 20.15; the worker takes each part's CRC with it): nativePacker then.
 * `extraWorkerCode` runs in the worker after its own: tests make a worker that crashes with it.
 */
export function deflateWorkerPacker(options: { zlib?: { crc32?: unknown }; extraWorkerCode?: string } = {}): DeflateWorkerPacker | undefined {
  if (typeof (options.zlib ?? zlib).crc32 !== "function") return undefined;
  let worker: DeflateWorker;
  try {
    worker = new DeflateWorker(options.extraWorkerCode ?? "");
  } catch {
    return undefined;
  }
  let nextPart = 0;
  return { openPart: () => new WorkerPart(worker, nextPart++), close: () => worker.close() };
}
