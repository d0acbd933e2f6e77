/**
 * A minimal, defensive reader of OLE2 compound files (CFB, [MS-CFB]): the container of .xls, .et,
 * .doc and of password-protected .xlsx files. It lists the streams at the root of the directory tree and
 * reads the first bytes of one; that is all intake needs. Every sector chain is walked with a step bound
 * and a visited set, so a cyclic or out-of-range chain ends the walk instead of looping.
 */

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const END_OF_CHAIN_OR_SPECIAL = 0xfffffffa; // values at or above mark free/end/FAT/DIFAT sectors
const NO_STREAM = 0xffffffff;
const MAX_DIRECTORY_ENTRIES = 10_000;

export interface CompoundEntry {
  name: string;
  /** 1 stream, 2 storage, 5 root. */
  type: number;
  start: number;
  size: number;
}

export interface CompoundFile {
  /** Streams and storages directly under the root. */
  rootEntries: CompoundEntry[];
  /** Up to maxBytes from the start of a stream (fewer if its chain is short or broken). */
  readPrefix(entry: CompoundEntry, maxBytes: number): Uint8Array;
}

export function hasCompoundFileSignature(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** undefined when the header is not a usable compound-file header. */
export function openCompoundFile(bytes: Uint8Array): CompoundFile | undefined {
  if (!hasCompoundFileSignature(bytes) || bytes.length < 512) return undefined;
  const sectorShift = u16(bytes, 0x1e);
  if (sectorShift !== 9 && sectorShift !== 12) return undefined;
  const sectorSize = 1 << sectorShift;
  const miniShift = u16(bytes, 0x20);
  const miniSize = miniShift > 0 && miniShift < sectorShift ? 1 << miniShift : 64;
  const miniCutoff = u32(bytes, 0x38) || 4096;
  const lastSector = Math.floor(bytes.length / sectorSize) - 2; // sector n starts at (n + 1) × sectorSize
  if (lastSector < 0) return undefined;
  const maxSteps = lastSector + 1;
  const perSector = sectorSize / 4;
  const offsetOf = (sector: number): number => (sector + 1) * sectorSize;
  const valid = (sector: number): boolean => sector < END_OF_CHAIN_OR_SPECIAL && sector <= lastSector;

  // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = [];
  const fatCount = Math.min(u32(bytes, 0x2c), maxSteps);
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) {
    const s = u32(bytes, 0x4c + i * 4);
    if (!valid(s)) break;
    fatSectors.push(s);
  }
  const seenDifat = new Set<number>();
  for (let d = u32(bytes, 0x44); valid(d) && !seenDifat.has(d) && fatSectors.length < fatCount; ) {
    seenDifat.add(d);
    const base = offsetOf(d);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) {
      const s = u32(bytes, base + i * 4);
      if (valid(s)) fatSectors.push(s);
    }
    d = u32(bytes, base + (perSector - 1) * 4);
  }

  const nextInFat = (sector: number): number => {
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    return fatSector === undefined ? NO_STREAM : u32(bytes, offsetOf(fatSector) + (sector % perSector) * 4);
  };
  const chain = (start: number, limit: number): number[] => {
    const out: number[] = [];
    const seen = new Set<number>();
    for (let s = start; valid(s) && !seen.has(s) && out.length < limit; s = nextInFat(s)) {
      seen.add(s);
      out.push(s);
    }
    return out;
  };

  const entries: CompoundEntry[] = [];
  const links: Array<[number, number, number]> = []; // left, right, child
  const perDirectorySector = sectorSize / 128;
  for (const sector of chain(u32(bytes, 0x30), Math.ceil(MAX_DIRECTORY_ENTRIES / perDirectorySector))) {
    for (let i = 0; i < perDirectorySector; i++) {
      const p = offsetOf(sector) + i * 128;
      const nameBytes = Math.min(u16(bytes, p + 0x40), 64);
      let name = "";
      for (let c = 0; c + 1 < nameBytes - 1; c += 2) name += String.fromCharCode(u16(bytes, p + c));
      entries.push({ name, type: bytes[p + 0x42], start: u32(bytes, p + 0x74), size: u32(bytes, p + 0x78) });
      links.push([u32(bytes, p + 0x44), u32(bytes, p + 0x48), u32(bytes, p + 0x4c)]);
    }
  }
  const root = entries[0];
  if (!root || root.type !== 5) return undefined;

  // The root's children form a binary tree through their left/right sibling links.
  const rootEntries: CompoundEntry[] = [];
  const visited = new Set<number>();
  const stack = [links[0][2]];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id >= entries.length || visited.has(id)) continue;
    visited.add(id);
    if (entries[id].type === 1 || entries[id].type === 2) rootEntries.push(entries[id]);
    stack.push(links[id][0], links[id][1]);
  }

  const readPrefix = (entry: CompoundEntry, maxBytes: number): Uint8Array => {
    const want = Math.min(entry.size, maxBytes);
    const out = new Uint8Array(want);
    let written = 0;
    const copy = (from: number, length: number): void => {
      const n = Math.max(0, Math.min(length, want - written, bytes.length - from));
      out.set(bytes.subarray(from, from + n), written);
      written += n;
    };
    if (entry.size >= miniCutoff) {
      for (const s of chain(entry.start, Math.ceil(want / sectorSize))) copy(offsetOf(s), sectorSize);
    } else {
      // Small streams live in the mini stream (the root's data), in 64-byte mini sectors chained by the mini FAT.
      const miniStream = chain(root.start, maxSteps);
      const miniFat = chain(u32(bytes, 0x3c), maxSteps);
      const nextMini = (m: number): number => {
        const fatSector = miniFat[Math.floor(m / perSector)];
        return fatSector === undefined ? NO_STREAM : u32(bytes, offsetOf(fatSector) + (m % perSector) * 4);
      };
      const seen = new Set<number>();
      for (let m = entry.start; m < END_OF_CHAIN_OR_SPECIAL && !seen.has(m) && written < want; m = nextMini(m)) {
        seen.add(m);
        const container = miniStream[Math.floor((m * miniSize) / sectorSize)];
        if (container === undefined) break;
        copy(offsetOf(container) + ((m * miniSize) % sectorSize), miniSize);
      }
    }
    return written === want ? out : out.subarray(0, written);
  };

  return { rootEntries, readPrefix };
}

function u16(b: Uint8Array, p: number): number {
  return p + 1 < b.length ? b[p] | (b[p + 1] << 8) : 0;
}

function u32(b: Uint8Array, p: number): number {
  return p + 3 < b.length ? (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000 : NO_STREAM;
}
