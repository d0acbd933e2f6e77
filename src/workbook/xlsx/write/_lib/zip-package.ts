/**
 * Raw DEFLATE (no zlib header), as a zip entry holds it. Injected: the command line passes Node's
 * native zlib (several times faster than JavaScript), the browser fflate's; nothing here needs Node.
 */
export type RawDeflater = (data: Uint8Array) => Uint8Array;

/** The CRC-32 a zip entry is checked with; injected too (Node's zlib has one in C), this file's own otherwise. */
export type Crc32 = (data: Uint8Array) => number;

/** How the parts are packed: a deflate, and optionally a faster CRC-32 than this file's JavaScript. */
export interface Packer {
  deflate: RawDeflater;
  crc32?: Crc32;
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
  compressed: Uint8Array;
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

function ownCrc32(data: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

/** 1980-01-01 00:00, the earliest time a zip entry can carry: the package's parts are not dated. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DEFLATE = 8;
const UTF8_NAMES = 1 << 11;

export function packEntry(entry: ZipEntry, packer: Packer): PackedEntry {
  return { name: new TextEncoder().encode(entry.name), crc: (packer.crc32 ?? ownCrc32)(entry.data) >>> 0, size: entry.data.length, compressed: packer.deflate(entry.data) };
}

/**
 * A zip archive of parts already compressed: each part's local header and data, then the central
 * directory and its end record. Sizes stay below 4 GB (no zip64): a summary workbook is megabytes.
 */
export function zipPackage(entries: readonly PackedEntry[]): Uint8Array {
  const headerSize = (e: PackedEntry) => 30 + e.name.length;
  const total = entries.reduce((sum, e) => sum + headerSize(e) + e.compressed.length + 46 + e.name.length, 0) + 22;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  const common = (e: PackedEntry, p: number) => {
    view.setUint16(p, 20, true); // version needed: 2.0
    view.setUint16(p + 2, UTF8_NAMES, true);
    view.setUint16(p + 4, DEFLATE, true);
    view.setUint16(p + 6, 0, true); // time
    view.setUint16(p + 8, DOS_DATE, true);
    view.setUint32(p + 10, e.crc, true);
    view.setUint32(p + 14, e.compressed.length, true);
    view.setUint32(p + 18, e.size, true);
    view.setUint16(p + 22, e.name.length, true);
    view.setUint16(p + 24, 0, true); // extra field
  };
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    common(e, at + 4);
    out.set(e.name, at + 30);
    out.set(e.compressed, at + headerSize(e));
    at += headerSize(e) + e.compressed.length;
  }
  const directory = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: 2.0
    common(e, at + 6);
    // comment length, disk, internal and external attributes: 0
    view.setUint32(at + 42, offsets[i], true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
