/**
 * Raw DEFLATE (no zlib header), as a zip entry holds it. Injected: the command line passes Node's
 * native zlib (several times faster than JavaScript), the browser fflate's; nothing here needs Node.
 */
export type RawDeflater = (data: Uint8Array) => Uint8Array;

/** The CRC-32 a zip entry is checked with, continued from `value` (the CRC of the bytes before); injected too (Node's zlib has one in C), this file's own otherwise. */
export type Crc32 = (data: Uint8Array, value?: number) => number;

/**
 * A piece of a part deflated off the main thread. A piece not `last` ends in a sync flush (on a byte
 * boundary, the stream left open), the last one ends the stream: the pieces' outputs joined in order
 * are one raw DEFLATE stream of the whole part (as pigz joins its pieces).
 */
export type PieceDeflater = (data: Uint8Array, last: boolean) => Promise<Uint8Array>;

/**
 * A buffer to write the next piece of a part into, from a packer that keeps a fixed set of them and
 * takes each back once its deflate of pieces is done with it (waiting for one if need be); undefined
 * when `room` exceeds them. Every buffer taken goes back to the packer through deflatePiece.
 */
export type PieceBufferSource = (room: number) => Uint8Array | undefined;

/** How the parts are packed: a deflate, and optionally a faster CRC-32 than this file's JavaScript, a deflate of pieces beside the writer and the buffers it reads them from. */
export interface Packer {
  deflate: RawDeflater;
  crc32?: Crc32;
  deflatePiece?: PieceDeflater;
  pieceBuffer?: PieceBufferSource;
  /**
   * Where deflatePiece takes the pieces' CRC-32 as well (off the writer's thread): the CRC-32 of the
   * part whose last piece was just given to it. Parts are handed over one after the other, so the
   * pieces since the last part's end are this part's.
   */
  partCrc?: () => Promise<number>;
}

export interface ZipEntry {
  /** The part's path inside the package ("xl/workbook.xml"). */
  name: string;
  data: Uint8Array;
}

/** A part compressed as soon as it is made, so its XML can be let go before the next part is written. */
export interface PackedEntry {
  name: Uint8Array;
  crc: number;
  size: number;
  /** The compressed data, in pieces to be written one after the other. */
  compressed: Uint8Array[];
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function ownCrc32(data: Uint8Array, value = 0): number {
  let crc = value ^ -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** 1980-01-01 00:00, the earliest time a zip entry can carry: the package's parts are not dated. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DEFLATE = 8;
const UTF8_NAMES = 1 << 11;

export function packEntry(entry: ZipEntry, packer: Packer): PackedEntry {
  return { name: new TextEncoder().encode(entry.name), crc: (packer.crc32 ?? ownCrc32)(entry.data) >>> 0, size: entry.data.length, compressed: [packer.deflate(entry.data)] };
}

/**
 * A part packed piece by piece as it is written: each piece is checked into the CRC and given to the
 * packer's deflate of pieces at once, so the thread pool compresses it while the next piece is made.
 * Without a deflate of pieces (the browser page), the part is written whole and deflated at the end.
 */
/** Bytes below which a whole part is deflated at once rather than on the thread pool. */
const SMALL_PART = 1 << 16;

export class PartPacker {
  private crc = 0;
  private size = 0;
  private readonly pieces: Promise<Uint8Array>[] = [];

  constructor(
    private readonly name: string,
    private readonly packer: Packer,
    /** Told of each piece once it is deflated (its bytes no longer needed). */
    private readonly deflated?: (piece: Uint8Array) => void,
  ) {}

  /** Whether pieces can be handed over before the part is whole. */
  get streams(): boolean {
    return this.packer.deflatePiece !== undefined;
  }

  /** A piece of the part (only where `streams`); it must not change afterwards. */
  push(piece: Uint8Array): void {
    this.take(piece, false);
  }

  /** The part packed, its last bytes (or all of them, where it does not stream) given here. */
  async finish(rest: Uint8Array): Promise<PackedEntry> {
    // A small part deflates in less time than a trip to the thread pool takes; but a buffer of the packer's goes back through its deflate of pieces.
    if (!this.packer.deflatePiece || (this.pieces.length === 0 && rest.length < SMALL_PART && !this.packer.pieceBuffer)) return packEntry({ name: this.name, data: rest }, this.packer);
    this.take(rest, true);
    const crc = this.packer.partCrc?.();
    // The pieces first: a deflate that failed fails the part before its CRC-32 is waited for.
    const compressed = await Promise.all(this.pieces);
    return { name: new TextEncoder().encode(this.name), crc: (crc ? await crc : this.crc) >>> 0, size: this.size, compressed };
  }

  private take(piece: Uint8Array, last: boolean): void {
    if (!this.packer.partCrc) this.crc = (this.packer.crc32 ?? ownCrc32)(piece, this.crc);
    this.size += piece.length;
    const packed = this.packer.deflatePiece!(piece, last);
    const { deflated } = this;
    this.pieces.push(
      deflated
        ? packed.then((out) => {
            deflated(piece);
            return out;
          })
        : packed,
    );
  }
}

/**
 * A zip archive of parts already compressed, as the pieces it is made of in order: each part's local
 * header and its compressed pieces, then the central directory with its end record. The pieces are
 * not copied into one buffer: a ledger summary's 9 MB were a fresh buffer whose pages the copy
 * faulted in, only to be written to a file piece by piece again. Sizes stay below 4 GB (no zip64): a
 * summary workbook is megabytes.
 */
export function zipPieces(entries: readonly PackedEntry[]): Uint8Array[] {
  const compressedSize = (e: PackedEntry) => e.compressed.reduce((sum, piece) => sum + piece.length, 0);
  const common = (view: DataView, e: PackedEntry, p: number) => {
    view.setUint16(p, 20, true); // version needed: 2.0
    view.setUint16(p + 2, UTF8_NAMES, true);
    view.setUint16(p + 4, DEFLATE, true);
    view.setUint16(p + 6, 0, true); // time
    view.setUint16(p + 8, DOS_DATE, true);
    view.setUint32(p + 10, e.crc, true);
    view.setUint32(p + 14, compressedSize(e), true);
    view.setUint32(p + 18, e.size, true);
    view.setUint16(p + 22, e.name.length, true);
    view.setUint16(p + 24, 0, true); // extra field
  };
  const out: Uint8Array[] = [];
  let at = 0;
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(at);
    const header = new Uint8Array(30 + e.name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    common(view, e, 4);
    header.set(e.name, 30);
    out.push(header, ...e.compressed);
    at += header.length + compressedSize(e);
  }
  const directory = new Uint8Array(entries.reduce((sum, e) => sum + 46 + e.name.length, 0) + 22);
  const view = new DataView(directory.buffer);
  let p = 0;
  entries.forEach((e, i) => {
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, 20, true); // made by: 2.0
    common(view, e, p + 6);
    // comment length, disk, internal and external attributes: 0
    view.setUint32(p + 42, offsets[i], true);
    directory.set(e.name, p + 46);
    p += 46 + e.name.length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p, true);
  view.setUint32(p + 16, at, true);
  out.push(directory);
  return out;
}

/** The zip archive as one buffer (see zipPieces). */
export function zipPackage(entries: readonly PackedEntry[]): Uint8Array {
  return joinPieces(zipPieces(entries));
}

/** Pieces of bytes one after the other in one buffer. */
export function joinPieces(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
