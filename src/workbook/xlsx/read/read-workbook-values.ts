import type { SheetSnapshot } from "../../../core/sheet";
import { fail } from "./_lib/fail";
import { PartMemo } from "./_lib/part-memo";
import { PartReader } from "./_lib/part-reader";
import { parseSharedStrings } from "./_lib/parse-shared-strings";
import { parseSheet } from "./_lib/parse-sheet";
import { parseCellStyles, type CellStyles } from "./_lib/parse-styles";
import { parseWorkbookPart } from "./_lib/parse-workbook-part";
import type { Relationship } from "./_lib/relationships";
import { parseRelationships, relationshipsPartOf } from "./_lib/relationships";
import { DEFAULT_READ_LIMITS } from "./read-limits";
import type { ReadLimits } from "./read-limits";
import type { ReadWorkbookOptions, WorkbookValues } from "./workbook-values";
import { openZipArchive } from "./zip-archive";
import type { ZipArchive } from "./zip-archive";

const DEFAULT_WORKBOOK_PART = "xl/workbook.xml";

// Forms made from one template share these parts byte for byte: each is parsed once per consolidation.
const WORKBOOK_MEMO = new PartMemo<ReturnType<typeof parseWorkbookPart>>();
const RELATIONSHIPS_MEMO = new PartMemo<Relationship[]>();
const CELL_STYLES_MEMO = new PartMemo<CellStyles>();

/**
 * The cell values of an .xlsx/.xlsm file: unzip only the parts values need (workbook, relationships,
 * shared strings, styles for date formats, the sheets asked for) and scan their XML; no styles, themes
 * or drawings are built. Works on a Uint8Array, in the browser as in Node.
 *
 * Throws WorkbookError: "file-too-large" (a limit of ReadLimits), "not-a-workbook" (not a zip, or a zip
 * without a workbook), "file-unreadable" (truncated or damaged). For files of unknown kind from outside,
 * intakeFile (../intake) tells .xls, encrypted, CSV and HTML files apart first.
 */
export function readWorkbookValues(bytes: Uint8Array, options: ReadWorkbookOptions = {}): WorkbookValues {
  const limits = checkedLimits(bytes, options);
  const file = options.fileName;
  const opened = openZipArchive(bytes, { maxEntries: limits.maxZipEntries });
  if (!opened.ok) {
    if (opened.reason === "too-many-entries") throw fail("file-too-large", "intake.too-many-parts", { file, limit: limits.maxZipEntries });
    if (opened.reason === "not-zip") throw fail("not-a-workbook", "intake.not-a-workbook", { file });
    throw fail("file-unreadable", "intake.damaged", { file }, { reason: `zip: ${opened.reason}` });
  }
  return readArchive(bytes, opened.archive, limits, options);
}

/** readWorkbookValues for a file whose archive the caller has opened already (intake does, to tell its kind). */
export function readOpenedWorkbook(bytes: Uint8Array, archive: ZipArchive, options: ReadWorkbookOptions = {}): WorkbookValues {
  const limits = checkedLimits(bytes, options);
  if (archive.entries.length > limits.maxZipEntries) throw fail("file-too-large", "intake.too-many-parts", { file: options.fileName, limit: limits.maxZipEntries });
  return readArchive(bytes, archive, limits, options);
}

/** The limits in force, once the file's size is within them and the reading has not been cancelled. */
function checkedLimits(bytes: Uint8Array, options: ReadWorkbookOptions): ReadLimits {
  const limits = withDefaults(options.limits);
  options.signal?.throwIfAborted();
  if (bytes.length > limits.maxFileBytes) throw fail("file-too-large", "intake.file-too-large", { file: options.fileName, bytes: bytes.length, limit: limits.maxFileBytes });
  return limits;
}

function readArchive(bytes: Uint8Array, archive: ZipArchive, limits: ReadLimits, options: ReadWorkbookOptions): WorkbookValues {
  const file = options.fileName;
  const signal = options.signal;
  const parts = new PartReader(bytes, archive, limits, file, options.inflater);

  const workbookPart = findWorkbookPart(parts);
  const workbook = parts.parsed(workbookPart, WORKBOOK_MEMO, "", parseWorkbookPart);
  if (workbook === undefined) throw fail("not-a-workbook", "intake.not-a-workbook", { file }, { reason: `no ${workbookPart}` });
  const relationships = parts.parsed(relationshipsPartOf(workbookPart), RELATIONSHIPS_MEMO, workbookPart, (xml) => parseRelationships(xml, workbookPart)) ?? [];
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const partOfType = (type: string, fallback: string): string => relationships.find((r) => r.type === type && !r.external)?.part ?? fallback;
  const baseDir = workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1);

  let sharedStrings: string[] | undefined;
  let cellStyles: CellStyles | undefined;
  const styles = () => (cellStyles ??= parts.parsed(partOfType("styles", `${baseDir}styles.xml`), CELL_STYLES_MEMO, "", parseCellStyles) ?? { dates: [], indents: [] });
  const budget = { cells: 0 };
  const wanted = options.sheets === undefined || options.sheets === "all" ? undefined : new Set(options.sheets);

  const sheets: SheetSnapshot[] = [];
  for (const entry of workbook.sheets) {
    if (wanted && !wanted.has(entry.name)) continue;
    signal?.throwIfAborted();
    const part = sheetPart(byId.get(entry.relationshipId ?? ""));
    const xml = part === undefined ? undefined : parts.xml(part);
    if (xml === undefined) throw fail("file-unreadable", "intake.damaged", { file }, { reason: `no part for sheet ${entry.name}` });
    const content = parseSheet(xml, {
      sheetName: entry.name,
      fileName: file,
      date1904: workbook.date1904,
      limits,
      sharedStrings: () => (sharedStrings ??= parseSharedStrings(parts.xml(partOfType("sharedStrings", `${baseDir}sharedStrings.xml`)) ?? new Uint8Array(0))),
      dateStyles: () => styles().dates,
      styleIndents: () => styles().indents,
      budget,
      signal,
    });
    const snapshot: SheetSnapshot = { name: entry.name, visibility: entry.visibility, rows: content.rows, merges: content.merges };
    if (content.formulas && options.formulas !== false) snapshot.formulas = content.formulas;
    if (content.indents) snapshot.indents = content.indents;
    sheets.push(snapshot);
  }
  return { sheets, sheetNames: workbook.sheets.map((s) => s.name), date1904: workbook.date1904 };
}

/**
 * The package's main part: xl/workbook.xml where it exists (nearly always; this saves inflating the
 * root relationships), else the officeDocument target of _rels/.rels (some writers name it otherwise).
 */
function findWorkbookPart(parts: PartReader): string {
  if (parts.has(DEFAULT_WORKBOOK_PART)) return DEFAULT_WORKBOOK_PART;
  const rootRels = parts.xml("_rels/.rels");
  const main = rootRels === undefined ? undefined : parseRelationships(rootRels, "").find((r) => r.type === "officeDocument" && !r.external);
  return main?.part ?? DEFAULT_WORKBOOK_PART;
}

/** The caller's limits over the defaults; a key given as undefined keeps its default rather than lifting the bound. */
function withDefaults(given: Partial<ReadLimits> | undefined): ReadLimits {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS };
  for (const key of Object.keys(limits) as Array<keyof ReadLimits>) limits[key] = given?.[key] ?? limits[key];
  return limits;
}

function sheetPart(relationship: Relationship | undefined): string | undefined {
  return relationship && !relationship.external ? relationship.part : undefined;
}
