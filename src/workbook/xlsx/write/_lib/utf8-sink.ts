const encoder = new TextEncoder();

/**
 * XML text encoded to UTF-8 as it is written, into one growing buffer. A ledger summary's sheet is tens
 * of millions of characters: joined into one string first, it was held twice (the rows and the join,
 * two bytes a character for Chinese text) before its bytes were even made.
 */
export class Utf8Sink {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  write(text: string): void {
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    const room = text.length * 3;
    if (this.length + room > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + room));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.length += encoder.encodeInto(text, this.buffer.subarray(this.length)).written;
  }

  /** The bytes written so far (a view, not a copy). */
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}
