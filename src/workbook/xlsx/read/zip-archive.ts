import { Inflate, inflateSync } from "fflate";

/**
 * A zip archive read from its central directory, entries inflated one at a time on request.
 * Declared sizes come from the central directory and are checked by the caller before inflating;
 * inflating then stops as soon as the output exceeds the declared size, so a header that lies
 * (a zip bomb) is caught without allocating what it would expand to.
 */
export interface ZipEntry {
  /** Name as stored (forward slashes). */
  name: string;
  /** 0 stored, 8 deflate; anything else is refused when read. */
  method: number;
  /** Bit 0 set: the entry is encrypted (zip encryption, never used by Excel). */
  flags: number;
  compressedSize: number;
  /** CRC-32 of the uncompressed data, as the central directory declares it. */
  crc32: number;
  /** Uncompressed size as declared by the central directory. */
  size: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  entries: ZipEntry[];
  /** An entry by name; OPC part names are case-insensitive. */
  find(name: string): ZipEntry | undefined;
}

export type ZipOpenResult =
  | { ok: true; archive: ZipArchive }
  /** not-zip: no zip structure at all; truncated: starts like a zip but its directory is missing or cut off. */
  | { ok: false; reason: "not-zip" | "truncated" | "too-many-entries" | "corrupt" };

/**
 * Inflates raw deflate data into at most `maxBytes` bytes: the bytes, or "overflow" when there would be
 * more. Damaged data throws. The default is fflate (browser and Node alike); the CLI passes Node's
 * zlib, which is several times faster on the many small parts of a workbook.
 */
export type RawInflater = (compressed: Uint8Array, maxBytes: number) => Uint8Array | "overflow";

export type ZipInflateResult =
  | { ok: true; data: Uint8Array }
  | { ok: false; reason: "over-limit" | "exceeds-declared-size" | "corrupt" | "truncated" | "unsupported-method" | "encrypted" };

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** Compressed bytes pushed per inflate step: deflate expands at most ~1032×, so one step yields at most ~16 MB. */
const INFLATE_STEP = 16 * 1024;
/**
 * Entries up to this compressed size are inflated in one call into a buffer one byte larger than
 * declared (fflate's streaming mode costs several times more on small parts). Output past the buffer
 * is dropped by the typed array, so a lying header costs at most ~1032 × 64 KB of work, never memory,
 * and a full buffer shows the lie.
 */
const ONE_SHOT_MAX_COMPRESSED = 64 * 1024;

/** True when the bytes begin with a zip local file header ("PK\3\4") or an empty archive's end record. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const sig = readU32(bytes, 0);
  return sig === LOCAL_SIGNATURE || sig === EOCD_SIGNATURE;
}

export function openZipArchive(bytes: Uint8Array, options: { maxEntries: number }): ZipOpenResult {
  const failure = (reason: "not-zip" | "truncated" | "too-many-entries" | "corrupt"): ZipOpenResult => ({ ok: false, reason });
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return failure(looksLikeZip(bytes) ? "truncated" : "not-zip");

  let count = readU16(bytes, eocd + 10);
  let directorySize = readU32(bytes, eocd + 12);
  let directoryOffset = readU32(bytes, eocd + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    const zip64 = readZip64End(bytes, eocd);
    if (!zip64) return failure("corrupt");
    ({ count, directorySize, directoryOffset } = zip64);
  }
  if (count > options.maxEntries) return failure("too-many-entries");
  if (directoryOffset + directorySize > eocd) return failure(looksLikeZip(bytes) ? "truncated" : "corrupt");

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  let p = directoryOffset;
  const end = directoryOffset + directorySize;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || readU32(bytes, p) !== CENTRAL_SIGNATURE) return failure("corrupt");
    const nameLength = readU16(bytes, p + 28);
    const extraLength = readU16(bytes, p + 30);
    const commentLength = readU16(bytes, p + 32);
    const next = p + 46 + nameLength + extraLength + commentLength;
    if (next > end) return failure("corrupt");
    const entry: ZipEntry = {
      name: decodeName(bytes.subarray(p + 46, p + 46 + nameLength)),
      flags: readU16(bytes, p + 8),
      method: readU16(bytes, p + 10),
      compressedSize: readU32(bytes, p + 20),
      crc32: readU32(bytes, p + 16),
      size: readU32(bytes, p + 24),
      localHeaderOffset: readU32(bytes, p + 42),
    };
    applyZip64Extra(entry, bytes.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
    entries.push(entry);
    const key = entry.name.toLowerCase();
    // The first of two same-named entries wins, as in the central directory's order.
    if (!byName.has(key)) byName.set(key, entry);
    p = next;
  }
  return { ok: true, archive: { entries, find: (name) => byName.get(name.toLowerCase()) } };
}

/**
 * Inflates one entry whose declared size is at most `maxBytes` (else "over-limit", before any work);
 * output beyond the declared size stops the inflate and is reported as "exceeds-declared-size".
 */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, inflater?: RawInflater): ZipInflateResult {
  if (entry.size > maxBytes) return { ok: false, reason: "over-limit" };
  if (entry.flags & 1) return { ok: false, reason: "encrypted" };
  const compressed = storedBytes(bytes, entry);
  if (typeof compressed === "string") return { ok: false, reason: compressed };

  if (entry.method === 0) {
    return entry.compressedSize === entry.size ? { ok: true, data: compressed } : { ok: false, reason: "corrupt" };
  }
  if (entry.method !== 8) return { ok: false, reason: "unsupported-method" };

  if (inflater) return inflateWith(inflater, compressed, entry.size);
  if (compressed.length <= ONE_SHOT_MAX_COMPRESSED) return inflateOneShot(compressed, entry.size);

  const out = new Uint8Array(entry.size);
  let written = 0;
  let overflow = false;
  const stream = new Inflate((chunk) => {
    if (written + chunk.length > out.length) {
      overflow = true;
      throw new RangeError("inflated data exceeds the declared size");
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let p = 0; p < compressed.length; p += INFLATE_STEP) {
      stream.push(compressed.subarray(p, p + INFLATE_STEP), p + INFLATE_STEP >= compressed.length);
    }
  } catch {
    // fflate reports damage ("invalid block type", "unexpected EOF") by throwing; both become a result.
    return { ok: false, reason: overflow ? "exceeds-declared-size" : "corrupt" };
  }
  return { ok: true, data: written === out.length ? out : out.subarray(0, written) };
}

/** An entry's data as stored in the archive (compressed, for method 8), found through its local header. */
export function storedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | "truncated" | "corrupt" {
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length) return "truncated";
  if (readU32(bytes, local) !== LOCAL_SIGNATURE) return "corrupt";
  const start = local + 30 + readU16(bytes, local + 26) + readU16(bytes, local + 28);
  const stop = start + entry.compressedSize;
  return stop > bytes.length ? "truncated" : bytes.subarray(start, stop);
}

function inflateOneShot(compressed: Uint8Array, declared: number): ZipInflateResult {
  return inflateWith(fflateOneShot, compressed, declared);
}

/** fflate into a buffer one byte larger than allowed: output past it is dropped, and a full buffer shows there was more. */
const fflateOneShot: RawInflater = (compressed, maxBytes) => {
  try {
    const data = inflateSync(compressed, { out: new Uint8Array(maxBytes + 1) });
    return data.length > maxBytes ? "overflow" : data;
  } catch (error) {
    // A stored block that does not fit makes Uint8Array.set throw a RangeError; fflate's own errors are plain Errors.
    if (error instanceof RangeError) return "overflow";
    throw error;
  }
};

function inflateWith(inflater: RawInflater, compressed: Uint8Array, declared: number): ZipInflateResult {
  let data: Uint8Array | "overflow";
  try {
    data = inflater(compressed, declared);
  } catch {
    return { ok: false, reason: "corrupt" };
  }
  return data === "overflow" ? { ok: false, reason: "exceeds-declared-size" } : { ok: true, data };
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let p = bytes.length - 22; p >= lowest; p--) {
    if (bytes[p] === 0x50 && bytes[p + 1] === 0x4b && bytes[p + 2] === 5 && bytes[p + 3] === 6) return p;
  }
  return -1;
}

function readZip64End(bytes: Uint8Array, eocd: number): { count: number; directorySize: number; directoryOffset: number } | undefined {
  const locator = eocd - 20;
  if (locator < 0 || readU32(bytes, locator) !== ZIP64_LOCATOR_SIGNATURE) return undefined;
  const at = readU64(bytes, locator + 8);
  if (at + 56 > bytes.length || readU32(bytes, at) !== ZIP64_EOCD_SIGNATURE) return undefined;
  return { count: readU64(bytes, at + 32), directorySize: readU64(bytes, at + 40), directoryOffset: readU64(bytes, at + 48) };
}

/** Sizes and offset that did not fit 32 bits live in the zip64 extra field (id 1), in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Uint8Array): void {
  if (entry.size !== 0xffffffff && entry.compressedSize !== 0xffffffff && entry.localHeaderOffset !== 0xffffffff) return;
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = readU16(extra, p);
    const length = readU16(extra, p + 2);
    if (id === 1) {
      let q = p + 4;
      const field = (): number => {
        const value = q + 8 <= p + 4 + length && q + 8 <= extra.length ? readU64(extra, q) : Number.MAX_SAFE_INTEGER;
        q += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = field();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = field();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = field();
      return;
    }
    p += 4 + length;
  }
}

const utf8 = new TextDecoder("utf-8");

/**
 * Names are UTF-8 when flag bit 11 is set, else in the writer's code page; the parts a workbook is
 * made of have ASCII names either way (the same in both), so decoding everything as UTF-8 is enough.
 */
function decodeName(raw: Uint8Array): string {
  return utf8.decode(raw);
}

function readU16(b: Uint8Array, p: number): number {
  return b[p] | (b[p + 1] << 8);
}

function readU32(b: Uint8Array, p: number): number {
  return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16)) + b[p + 3] * 0x1000000;
}

function readU64(b: Uint8Array, p: number): number {
  const high = readU32(b, p + 4);
  // Beyond 2^53 no real archive fits in memory; saturate so every size check refuses it.
  return high >= 0x200000 ? Number.MAX_SAFE_INTEGER : high * 0x100000000 + readU32(b, p);
}
