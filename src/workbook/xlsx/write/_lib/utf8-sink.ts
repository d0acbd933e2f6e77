import { putAscii, putBytes, putInt } from "./put-bytes";

const encoder = new TextEncoder();

/**
 * Where a full piece of a part's bytes goes as soon as it is written (a deflater working beside the
 * writer: PartPacker). An object, not a function: a new function per part, called from the writer's
 * innermost code where it makes room, undid that code's optimization at each part.
 */
export interface PieceConsumer {
  push(piece: Uint8Array): void;
}

/** How large a piece handed on is (and the buffers PieceBuffers keeps): big enough that each costs little to hand on, small enough to overlap the writing. */
const PIECE_BYTES = 1 << 20;

/**
 * XML text encoded to UTF-8 as it is written, into one buffer. A ledger summary's sheet is tens of
 * millions of characters: joined into one string first, it was held twice (the rows and the join, two
 * bytes a character for Chinese text) before its bytes were even made. Most of a sheet is tags, cell
 * references and numbers: `ascii` and `int` put those in byte by byte, with no string made per cell
 * and no call into the encoder. Given a consumer, the sink hands on each full piece (about a megabyte)
 * and starts a new one, so the part is compressed while it is still being written; without one it
 * keeps growing and `bytes()` gives it whole.
 */
export class Utf8Sink {
  private buffer: Uint8Array;
  /**
   * The bytes written into the buffer. A writer that puts bytes in itself (see put-bytes) takes the
   * buffer from `reserve`, writes from here on and sets it after what it wrote.
   */
  length = 0;

  /**
   * `spare` gives a buffer to write a piece into, at least `room` bytes long, where it has one (see
   * PieceBuffers, and a packer's pieceBuffer): a summary's sheets are some sixty pieces, and a new
   * megabyte each brought on collections of the heap (and its pages, first written, faults of memory).
   * Every buffer taken from it is handed on as a piece, even one left empty.
   */
  constructor(
    private readonly onPiece?: PieceConsumer,
    private readonly spare?: (room: number) => Uint8Array | undefined,
  ) {
    this.buffer = onPiece ? this.pieceBuffer(0) : new Uint8Array(1 << 16);
  }

  /** Any text, encoded. */
  write(text: string): void {
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    this.reserve(text.length * 3);
    this.length += encoder.encodeInto(text, this.length ? this.buffer.subarray(this.length) : this.buffer).written;
  }

  /** Text known to be ASCII (tags, attribute names, cell references, numbers' digits): one byte a character. */
  ascii(text: string): void {
    this.length = putAscii(this.reserve(text.length), this.length, text);
  }

  /** Bytes made beforehand (a piece of markup repeated cell after cell). */
  raw(bytes: Uint8Array): void {
    this.length = putBytes(this.reserve(bytes.length), this.length, bytes);
  }

  /** A whole number from 0 up (a row number, a style or string index) in decimal, as String() writes it. */
  int(n: number): void {
    this.length = putInt(this.reserve(16), this.length, n);
  }

  /**
   * Room for `room` more bytes after `length`, and the buffer to put them in: with a consumer, a full
   * piece is handed on first and a fresh one begun (so `length` may be 0 after), else the buffer grows.
   */
  reserve(room: number): Uint8Array {
    if (this.length + room <= this.buffer.length) return this.buffer;
    if (this.onPiece) {
      // The piece is handed on as it is (the consumer keeps it, even empty: its buffer may be the packer's); the next one starts in a new buffer.
      this.onPiece.push(this.buffer.subarray(0, this.length));
      this.buffer = this.pieceBuffer(room);
      this.length = 0;
      return this.buffer;
    }
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + room));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
    return grown;
  }

  /** The bytes written so far (a view, not a copy), or, with a consumer, those not yet handed on. */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }

  /** A buffer for the next piece: a spare one where one is at hand, else a new one. */
  private pieceBuffer(room: number): Uint8Array {
    const spare = this.spare?.(room);
    return spare && spare.length >= room ? spare : new Uint8Array(Math.max(PIECE_BYTES, room));
  }
}

/**
 * The buffers of pieces already deflated, given again to the next piece written: a piece's buffer is the
 * packer's until its deflate is done, and is then written over instead of a new megabyte being made.
 */
export class PieceBuffers {
  private readonly free: Uint8Array[] = [];

  /** A piece's bytes done with (deflated): its whole buffer is free again, if it is a piece's size. */
  release(piece: Uint8Array): void {
    if (piece.buffer.byteLength === PIECE_BYTES && piece.byteOffset === 0) this.free.push(new Uint8Array(piece.buffer));
  }

  /** A free buffer at least `room` long, if there is one. */
  take(room: number): Uint8Array | undefined {
    return room <= PIECE_BYTES ? this.free.pop() : undefined;
  }
}
