import type { OpenPart } from "./packer";
import { putAscii, putBytes, putInt } from "./put-bytes";

const encoder = new TextEncoder();

/**
 * XML text encoded to UTF-8 as it is written. A ledger summary's sheet is tens of millions of
 * characters: joined into one string first, it was held twice (the rows and the join, two bytes a
 * character for Chinese text) before its bytes were even made. Most of a sheet is tags, cell
 * references and numbers: `ascii` and `int` put those in byte by byte, with no string made per cell
 * and no call into the encoder. Given a part (see Packer), the sink writes into the buffers the part
 * gives and hands each full one back as a piece, so the part is compressed while it is still being
 * written; without one it keeps one growing buffer and `bytes()` gives it whole.
 */
export class Utf8Sink {
  private buffer: Uint8Array;
  /**
   * The bytes written into the buffer. A writer that puts bytes in itself (see put-bytes) takes the
   * buffer from `reserve`, writes from here on and sets it after what it wrote.
   */
  length = 0;

  /**
   * The part is kept as an object, not as functions taken from it: a new function per part, called
   * from the writer's innermost code where it makes room, undid that code's optimization at each part.
   */
  constructor(private readonly part?: Pick<OpenPart, "buffer" | "push">) {
    this.buffer = part ? part.buffer(0) : new Uint8Array(1 << 16);
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
   * Room for `room` more bytes after `length`, and the buffer to put them in: with a part, a full
   * piece is handed back first and the next begun in the part's next buffer (so `length` may be 0
   * after), else the buffer grows.
   */
  reserve(room: number): Uint8Array {
    if (this.length + room <= this.buffer.length) return this.buffer;
    if (this.part) {
      // Handed back even empty: every buffer the part gives goes back to it.
      this.part.push(this.buffer.subarray(0, this.length));
      this.buffer = this.part.buffer(room);
      this.length = 0;
      return this.buffer;
    }
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + room));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
    return grown;
  }

  /** The bytes written so far (a view, not a copy), or, with a part, those not yet handed back. */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
