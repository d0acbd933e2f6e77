import type { PackedPart } from "./packer";

/** A part of the package, packed. */
export interface PackedEntry extends PackedPart {
  /** The part's path inside the package ("xl/workbook.xml"). */
  name: string;
}

/** 1980-01-01 00:00, the earliest time a zip entry can carry: the package's parts are not dated. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DEFLATE = 8;
const UTF8_NAMES = 1 << 11;

/**
 * A zip archive of parts already compressed, as the pieces it is made of in order: each part's local
 * header and its compressed pieces, then the central directory with its end record. The pieces are
 * not copied into one buffer: a ledger summary's 9 MB were a fresh buffer whose pages the copy
 * faulted in, only to be written to a file piece by piece again. Sizes stay below 4 GB (no zip64): a
 * summary workbook is megabytes.
 */
export function zipPieces(packed: readonly PackedEntry[]): Uint8Array[] {
  const encoder = new TextEncoder();
  const entries = packed.map((e) => ({ ...e, name: encoder.encode(e.name) }));
  const compressedSize = (e: PackedPart) => e.compressed.reduce((sum, piece) => sum + piece.length, 0);
  const common = (view: DataView, e: PackedPart & { name: Uint8Array }, p: number) => {
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
