import { inflateZipEntry, looksLikeZip, openZipArchive, PartMemo, storedBytes } from "../../read";
import type { RawInflater, ZipArchive } from "../../read";
import type { FileKind } from "../file-kind";
import { hasFilePass, startsWithBiffBof } from "./biff";
import { hasCompoundFileSignature, openCompoundFile } from "./compound-file";
import { textKind } from "./text-kind";

export interface Inspection {
  kind: FileKind;
  /** An encrypted file that is also a legacy .xls (its message asks for two steps). */
  legacy: boolean;
  /** The archive of a zip-based file, opened once for the reader as well. */
  archive?: ZipArchive;
}

/** What [Content_Types].xml says about the package. */
interface DeclaredTypes {
  binary: boolean;
  spreadsheet: boolean;
  macroEnabled: boolean;
}

// Every workbook made from one template declares the same content types, byte for byte.
const DECLARED_TYPES_MEMO = new PartMemo<DeclaredTypes>();

/** Parts read to tell zips apart ([Content_Types].xml, mimetype) are small; larger ones are not inflated. */
const MAX_SNIFF_PART_BYTES = 1024 * 1024;
const MAX_SNIFF_ZIP_ENTRIES = 100_000;
const OLE_STREAM_PREFIX_BYTES = 2048;

export function inspectFile(bytes: Uint8Array, fileName: string | undefined, inflater?: RawInflater): Inspection {
  const plain = (kind: FileKind): Inspection => ({ kind, legacy: false });
  if (bytes.length === 0) return plain("empty");
  if (hasCompoundFileSignature(bytes)) return inspectCompoundFile(bytes, fileName);
  if (startsWithBiffBof(bytes)) return hasFilePass(bytes) ? { kind: "encrypted", legacy: true } : plain("legacy-xls");
  const opened = openZipArchive(bytes, { maxEntries: MAX_SNIFF_ZIP_ENTRIES });
  if (opened.ok) return { kind: zipKind(bytes, opened.archive, inflater), legacy: false, archive: opened.archive };
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

function zipKind(bytes: Uint8Array, archive: ZipArchive, inflater: RawInflater | undefined): FileKind {
  const text = (name: string): string => {
    const entry = archive.find(name);
    if (!entry) return "";
    const result = inflateZipEntry(bytes, entry, MAX_SNIFF_PART_BYTES, inflater);
    return result.ok ? new TextDecoder().decode(result.data) : "";
  };
  const types = declaredTypes(bytes, archive, () => text("[Content_Types].xml"));
  if (archive.find("xl/workbook.bin") || types.binary) return "xlsb";
  if (archive.find("[Content_Types].xml") && (archive.find("xl/workbook.xml") || types.spreadsheet)) return types.macroEnabled ? "xlsm" : "xlsx";
  if (text("mimetype").trim().startsWith("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
  return "zip-other";
}

function declaredTypes(bytes: Uint8Array, archive: ZipArchive, contentTypes: () => string): DeclaredTypes {
  const read = (): DeclaredTypes => {
    const xml = contentTypes();
    return {
      binary: xml.includes("sheet.binary.macroEnabled.main"),
      spreadsheet: /(spreadsheetml\.(sheet|template)|ms-excel\.(sheet|template)\.macroEnabled)\.main\+xml/.test(xml),
      macroEnabled: /ms-excel\.(sheet|template)\.macroEnabled\.main\+xml/.test(xml),
    };
  };
  const entry = archive.find("[Content_Types].xml");
  const stored = entry && !(entry.flags & 1) && entry.size <= MAX_SNIFF_PART_BYTES ? storedBytes(bytes, entry) : undefined;
  return stored === undefined || typeof stored === "string" ? read() : DECLARED_TYPES_MEMO.get(stored, entry!.crc32, String(entry!.method), read);
}
