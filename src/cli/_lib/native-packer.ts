import * as zlib from "node:zlib";
import { crc32 as crc32InJavaScript, PIECE_BYTES, type OpenPart, type PackedPart, type Packer } from "../../workbook/xlsx/write";

/**
 * zlib's output buffer: a piece of a megabyte of sheet XML deflates to a few hundred kilobytes, and
 * at zlib's default of 16 KB each piece's output was gathered from a dozen fresh buffers — a tenth
 * of a ledger summary's writing went to making them (and to the collections they brought on).
 */
const CHUNK = 1 << 17;
/** A piece that is not the part's last ends in a sync flush (on a byte boundary, the stream left open): the pieces' outputs joined in order are one raw DEFLATE stream of the whole part, as pigz joins its pieces. */
export const OPEN_PIECE: zlib.ZlibOptions = { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH, chunkSize: CHUNK };
export const LAST_PIECE: zlib.ZlibOptions = { level: 1, chunkSize: CHUNK };

/** zlib.crc32 came with Node 20.15 and the package allows any Node 20: before it, the zip's own in JavaScript. */
const crc32: (data: Uint8Array, value?: number) => number = typeof zlib.crc32 === "function" ? (data, value) => zlib.crc32(data, value) : crc32InJavaScript;

/** Bytes below which a part written in one piece is deflated at once: it takes less time than a trip to the thread pool. */
const SMALL_PART = 1 << 16;
/** Free buffers a packer keeps for the next pieces: enough for the writer to go from part to part on one, few enough that a packer kept after its workbook holds little. */
const KEEP_FREE = 4;

/**
 * A part deflated on libuv's thread pool piece by piece, each piece as soon as it is handed back, so
 * the pool compresses while the writer makes the next piece; the CRC-32 is taken here, on the writer's
 * thread. A buffer goes back to the packer's free ones once its piece is deflated — a small part's at
 * once, deflated here; the others once the pool answers, which is after the writing (it never yields)
 * — so the next part writes into it: a new megabyte per part brought on collections of the heap (and
 * its pages, first written, faults of memory).
 */
class PoolPart implements OpenPart {
  private crc = 0;
  private size = 0;
  private readonly pieces: Promise<Uint8Array>[] = [];

  constructor(private readonly free: Uint8Array[]) {}

  buffer(room: number): Uint8Array {
    return (room <= PIECE_BYTES ? this.free.pop() : undefined) ?? new Uint8Array(Math.max(PIECE_BYTES, room));
  }

  push(piece: Uint8Array): void {
    this.deflate(piece, OPEN_PIECE);
  }

  async finish(last: Uint8Array): Promise<PackedPart> {
    if (this.pieces.length === 0 && last.length < SMALL_PART) {
      const packed = { crc: crc32(last), size: last.length, compressed: [zlib.deflateRawSync(last, LAST_PIECE)] };
      // Free before the next part is opened (finish runs this far at once), which then writes into it.
      this.release(last);
      return packed;
    }
    this.deflate(last, LAST_PIECE);
    return { crc: this.crc, size: this.size, compressed: await Promise.all(this.pieces) };
  }

  private deflate(piece: Uint8Array, options: zlib.ZlibOptions): void {
    this.crc = crc32(piece, this.crc);
    this.size += piece.length;
    this.pieces.push(
      new Promise((resolve, reject) =>
        zlib.deflateRaw(piece, options, (error, out) => {
          this.release(piece);
          if (error) reject(error);
          else resolve(out);
        }),
      ),
    );
  }

  /** A piece's buffer, no longer read: free again if it is one of the packer's size. */
  private release(piece: Uint8Array): void {
    if (piece.byteOffset === 0 && piece.buffer.byteLength === PIECE_BYTES && this.free.length < KEEP_FREE) this.free.push(new Uint8Array(piece.buffer));
  }
}

/**
 * Node's zlib for the lean writer's zip: native deflate and CRC-32 are several times faster than
 * JavaScript on a summary's megabytes of sheet XML. Level 1, as the ExcelJS path used: the file is a
 * few per cent larger and written several times faster. One packer per workbook: it keeps the
 * buffers its parts' pieces were written in.
 */
export function nativePacker(): Packer {
  const free: Uint8Array[] = [];
  return { openPart: () => new PoolPart(free) };
}
