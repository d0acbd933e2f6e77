import type { ReadLimits } from "../read-limits";
import type { ZipArchive } from "../zip-archive";
import { inflateZipEntry } from "../zip-archive";
import { fail } from "./fail";
import { decodeXmlBytes } from "./xml-text";

/**
 * Reads parts of the archive as text within the byte budget of the limits: each part's declared
 * size and ratio are checked before it is inflated, its actual size while it is.
 */
export class PartReader {
  private remaining: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly archive: ZipArchive,
    private readonly limits: ReadLimits,
    private readonly fileName: string | undefined,
  ) {
    this.remaining = limits.maxTotalUncompressedBytes;
  }

  has(part: string): boolean {
    return this.archive.find(part) !== undefined;
  }

  /** The part's text, or undefined when the archive has no such part. */
  text(part: string): string | undefined {
    const entry = this.archive.find(part);
    if (!entry) return undefined;
    const file = this.fileName;
    if (entry.size > this.remaining) throw fail("file-too-large", "intake.content-too-large", { file, limit: this.limits.maxTotalUncompressedBytes }, { reason: entry.name });
    if (entry.size > this.limits.ratioCheckAboveBytes && entry.size > entry.compressedSize * this.limits.maxCompressionRatio) {
      throw fail("file-too-large", "intake.suspicious-compression", { file, part: entry.name });
    }
    const result = inflateZipEntry(this.bytes, entry, this.remaining);
    if (!result.ok) {
      // Output beyond the declared size means the directory lies: a crafted file, refused as damaged.
      throw fail(result.reason === "over-limit" ? "file-too-large" : "file-unreadable", result.reason === "over-limit" ? "intake.content-too-large" : "intake.damaged", { file, limit: this.limits.maxTotalUncompressedBytes }, { reason: `${entry.name}: ${result.reason}` });
    }
    this.remaining -= result.data.length;
    return decodeXmlBytes(result.data);
  }
}
