import type { ReadLimits } from "../read-limits";
import type { RawInflater, ZipArchive, ZipEntry } from "../zip-archive";
import { inflateZipEntry, storedBytes } from "../zip-archive";
import { fail } from "./fail";
import type { PartMemo } from "./part-memo";
import { utf8XmlBytes } from "./xml-text";

/**
 * Reads parts of the archive as UTF-8 XML within the byte budget of the limits: each part's declared
 * size and ratio are checked before it is inflated, its actual size while it is. Parts stay bytes:
 * the scanners read them so, and decode only the texts values need.
 */
export class PartReader {
  private remaining: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly archive: ZipArchive,
    private readonly limits: ReadLimits,
    private readonly fileName: string | undefined,
    private readonly inflater: RawInflater | undefined,
  ) {
    this.remaining = limits.maxTotalUncompressedBytes;
  }

  has(part: string): boolean {
    return this.archive.find(part) !== undefined;
  }

  /** The part's bytes (UTF-8), or undefined when the archive has no such part. */
  xml(part: string): Uint8Array | undefined {
    const entry = this.archive.find(part);
    if (!entry) return undefined;
    this.checkDeclared(entry);
    const result = inflateZipEntry(this.bytes, entry, this.remaining, this.inflater);
    if (!result.ok) {
      // Output beyond the declared size means the directory lies: a crafted file, refused as damaged.
      const reason = { reason: `${entry.name}: ${result.reason}` };
      if (result.reason === "over-limit") throw fail("file-too-large", "intake.content-too-large", { file: this.fileName, limit: this.limits.maxTotalUncompressedBytes }, reason);
      throw fail("file-unreadable", "intake.damaged", { file: this.fileName }, reason);
    }
    this.remaining -= result.data.length;
    return utf8XmlBytes(result.data);
  }

  /**
   * The part parsed, or undefined when there is no such part; a part stored with the same bytes as one
   * parsed before (in this file or another) is not inflated or parsed again.
   */
  parsed<T>(part: string, memo: PartMemo<T>, context: string, parse: (xml: Uint8Array) => T): T | undefined {
    const entry = this.archive.find(part);
    if (!entry) return undefined;
    this.checkDeclared(entry);
    const stored = entry.flags & 1 ? undefined : storedBytes(this.bytes, entry);
    if (stored === undefined || typeof stored === "string") return parse(this.xml(part)!); // xml() names the damage
    return memo.get(stored, entry.crc32, `${entry.method}:${context}`, () => parse(this.xml(part)!));
  }

  private checkDeclared(entry: ZipEntry): void {
    const file = this.fileName;
    if (entry.size > this.remaining) throw fail("file-too-large", "intake.content-too-large", { file, limit: this.limits.maxTotalUncompressedBytes }, { reason: entry.name });
    if (entry.size > this.limits.ratioCheckAboveBytes && entry.size > entry.compressedSize * this.limits.maxCompressionRatio) {
      throw fail("file-too-large", "intake.suspicious-compression", { file, part: entry.name });
    }
  }
}
