import type { FileKind } from "./file-kind";
import { inspectFile } from "./_lib/inspect-file";

/**
 * What kind of file this is, by its content (see FileKind). Cheap: it reads headers, the zip
 * directory and at most a few small parts, never a sheet. The name only tells WPS .et from .xls.
 */
export function sniffFile(bytes: Uint8Array, fileName?: string): FileKind {
  return inspectFile(bytes, fileName).kind;
}
