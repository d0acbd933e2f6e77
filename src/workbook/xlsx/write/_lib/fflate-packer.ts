import { deflateSync } from "fflate";
import { crc32 } from "./crc32";
import { joinPieces } from "./zip-package";
import type { OpenPart, PackedPart, Packer } from "./packer";

/** The smallest buffer a part starts in: most parts (styles, relations) are a few kilobytes. */
const FIRST_BUFFER = 1 << 16;

/**
 * A part deflated whole once it is written: fflate deflates in JavaScript on the writer's own thread,
 * so there is nothing to overlap and no reason to deflate it in pieces. Each buffer is as long as the
 * pieces before it together, so a large part is a handful of pieces, joined at the end.
 */
class WholePart implements OpenPart {
  private readonly pieces: Uint8Array[] = [];
  private held = 0;

  buffer(room: number): Uint8Array {
    return new Uint8Array(Math.max(FIRST_BUFFER, this.held, room));
  }

  push(piece: Uint8Array): void {
    this.pieces.push(piece);
    this.held += piece.length;
  }

  async finish(last: Uint8Array): Promise<PackedPart> {
    const data = this.pieces.length ? joinPieces([...this.pieces, last]) : last;
    return { crc: crc32(data), size: data.length, compressed: [deflateSync(data, { level: 1 })] };
  }
}

/** fflate's JavaScript deflate at level 1, for where Node's zlib is not at hand (the browser page). */
export const fflatePacker: Packer = { openPart: () => new WholePart() };
