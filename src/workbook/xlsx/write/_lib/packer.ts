/**
 * How a workbook's parts are compressed into its zip. The writer opens each part, writes it piece by
 * piece into buffers the part gives, hands each full piece back, and finishes it with its last bytes.
 * The packer alone knows where the buffers come from and go back to, where the deflate runs and who
 * takes the CRC-32: the command line's deflates on libuv's pool or on a worker thread of its own from
 * shared buffers, the browser's deflates the whole part at the end (fflate), and the writer is the
 * same for all of them. Injected: nothing under workbook/ needs Node.
 */
export interface Packer {
  openPart(): OpenPart;
}

/** A part being written: the writer's side of one zip entry. */
export interface OpenPart {
  /**
   * A buffer to write the next piece into, at least `room` bytes long. Every buffer given comes back,
   * written from its start, as a piece (push) or as the last bytes (finish), even left empty: it may be
   * the packer's to reuse.
   */
  buffer(room: number): Uint8Array;
  /** A full piece, from the start of the last buffer given; its bytes must not change afterwards. */
  push(piece: Uint8Array): void;
  /** The part's last bytes (from the last buffer given): the whole part packed. */
  finish(last: Uint8Array): Promise<PackedPart>;
}

/** A part compressed as soon as it is made, so its XML can be let go before the next part is written. */
export interface PackedPart {
  /** The CRC-32 of the part's bytes, as the zip checks them. */
  crc: number;
  /** The part's bytes before compression. */
  size: number;
  /** Raw DEFLATE (no zlib header), in pieces to be written one after the other. */
  compressed: Uint8Array[];
}

/**
 * How large a piece the packers take: big enough that each costs little to hand on, small enough that
 * the deflate of one overlaps the writing of the next.
 */
export const PIECE_BYTES = 1 << 20;
