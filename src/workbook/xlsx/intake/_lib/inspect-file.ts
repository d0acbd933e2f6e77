import { inflateZipEntry, looksLikeZip, openZipArchive } from "../../read";
import type { ZipArchive } from "../../read";
import type { FileKind } from "../file-kind";
import { hasFilePass, startsWithBiffBof } from "./biff";
import { hasCompoundFileSignature, openCompoundFile } from "./compound-file";
import { textKind } from "./text-kind";

export interface Inspection {
  kind: FileKind;
  /** An encrypted file that is also a legacy .xls (its message asks for two steps). */
  legacy: boolean;
}

/** Parts read to tell zips apart ([Content_Types].xml, mimetype) are small; larger ones are not inflated. */
const MAX_SNIFF_PART_BYTES = 1024 * 1024;
const MAX_SNIFF_ZIP_ENTRIES = 100_000;
const OLE_STREAM_PREFIX_BYTES = 2048;

export function inspectFile(bytes: Uint8Array, fileName: string | undefined): Inspection {
  const plain = (kind: FileKind): Inspection => ({ kind, legacy: false });
  if (bytes.length === 0) return plain("empty");
  if (hasCompoundFileSignature(bytes)) return inspectCompoundFile(bytes, fileName);
  if (startsWithBiffBof(bytes)) return hasFilePass(bytes) ? { kind: "encrypted", legacy: true } : plain("legacy-xls");
  const opened = openZipArchive(bytes, { maxEntries: MAX_SNIFF_ZIP_ENTRIES });
  if (opened.ok) return plain(zipKind(bytes, opened.archive));
  if (looksLikeZip(bytes)) return plain(opened.reason === "too-many-entries" ? "zip-other" : "damaged");
  return plain(textKind(bytes) ?? "unknown");
}

function inspectCompoundFile(bytes: Uint8Array, fileName: string | undefined): Inspection {
  const cfb = openCompoundFile(bytes);
  if (!cfb) return { kind: "unknown", legacy: false };
  const names = new Map(cfb.rootEntries.map((e) => [e.name.toLowerCase(), e]));
  if (names.has("encryptedpackage") || names.has("encryptioninfo")) return { kind: "encrypted", legacy: false };
  const workbook = names.get("workbook") ?? names.get("book");
  if (!workbook) return { kind: "unknown", legacy: false };
  if (hasFilePass(cfb.readPrefix(workbook, OLE_STREAM_PREFIX_BYTES))) return { kind: "encrypted", legacy: true };
  return { kind: /\.et[t]?$/i.test(fileName ?? "") ? "et" : "legacy-xls", legacy: false };
}

function zipKind(bytes: Uint8Array, archive: ZipArchive): FileKind {
  const text = (name: string): string => {
    const entry = archive.find(name);
    if (!entry) return "";
    const result = inflateZipEntry(bytes, entry, MAX_SNIFF_PART_BYTES);
    return result.ok ? new TextDecoder().decode(result.data) : "";
  };
  const contentTypes = text("[Content_Types].xml");
  if (archive.find("xl/workbook.bin") || contentTypes.includes("sheet.binary.macroEnabled.main")) return "xlsb";
  const spreadsheetMain = /(spreadsheetml\.(sheet|template)|ms-excel\.(sheet|template)\.macroEnabled)\.main\+xml/.test(contentTypes);
  if (archive.find("[Content_Types].xml") && (archive.find("xl/workbook.xml") || spreadsheetMain)) {
    return /ms-excel\.(sheet|template)\.macroEnabled\.main\+xml/.test(contentTypes) ? "xlsm" : "xlsx";
  }
  if (text("mimetype").trim().startsWith("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
  return "zip-other";
}
