import { dominantTemplate } from "../../core/recognize";
import {
  consolidate,
  isUnreadableInput,
  type ConsolidationResult,
  type ReadInput,
  type Roster,
  type UnitInput,
} from "../../core/consolidate";
import { message, problemText } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import { auditForConsolidation } from "../../core/validate";
import type { WorkbookPort } from "../../workbook/port";
import { readFileBytes } from "../shared";
import { intakeContent } from "./_lib/intake-content";
import type { UnitFileReader } from "./read-unit-file";
import { rosterFromSheets } from "./roster-from-sheets";

/** Where a unit's report comes from: a file picked or dropped, or a sheet of the workbook open in Excel. */
export type UnitSource = { kind: "file"; file: File } | { kind: "sheet"; sheet: string };

export interface ConsolidationRequest {
  sources: readonly UnitSource[];
  /** The roster (单位名录): a file, or a sheet of the open workbook; none means nobody is 未报. */
  roster?: UnitSource;
  /** The template chosen; the one most files hold when absent. */
  templateId?: string;
  templates: readonly ReportTemplate[];
  /** The open workbook, for sources that are its sheets. */
  port?: WorkbookPort;
  readFile: UnitFileReader;
  signal: AbortSignal;
  /** Before each source is read, and once more when all are (`done === total`). */
  onProgress: (done: number, total: number, name: string) => void;
}

/** Consolidated, or why not in words (no template recognised, an unusable roster). */
export type ConsolidationRun = { ok: true; result: ConsolidationResult } | { ok: false; reason: string };

/** A sheet of the open workbook as an input, named so that the unit can be told from its name when 填报单位 is blank. */
export function sheetSourceName(sheet: string): string {
  return message("ui.consolidate.sheet-source", { sheet });
}

/** Let the page paint the progress and take a click on 取消 between two files. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function sheetInput(port: WorkbookPort | undefined, sheet: string, order: number): Promise<UnitInput> {
  if (!port) throw new Error(`no workbook to read sheet ${sheet} from`);
  const [snapshot, bindings] = await Promise.all([port.readSheet(sheet), port.readBindings()]);
  return { fileName: sheetSourceName(sheet), order, sheets: [snapshot], bindings: bindings.filter((b) => b.sheetName === sheet) };
}

async function readRoster(source: UnitSource, port: WorkbookPort | undefined): Promise<{ roster?: Roster; reason?: string }> {
  const name = source.kind === "file" ? source.file.name : source.sheet;
  let sheets;
  if (source.kind === "sheet") sheets = port ? [await port.readSheet(source.sheet)] : [];
  else {
    const read = await intakeContent(name, await readFileBytes(source.file));
    if (!read.ok) return { reason: message("ui.consolidate.roster-unusable", { source: name, problems: problemText(read.problem) }) };
    sheets = read.content.sheets;
  }
  const found = rosterFromSheets(sheets);
  return found.ok
    ? { roster: found.roster }
    : { reason: message("ui.consolidate.roster-unusable", { source: name, problems: found.problems.join("；") || "—" }) };
}

/**
 * Read every source (a file that cannot be read becomes a rejected input with its reason), read the
 * roster, choose the template, and consolidate with the audit rules. Nothing is written here; a
 * cancel (the signal) stops between two files or inside the consolidation and throws.
 */
export async function runConsolidation(request: ConsolidationRequest): Promise<ConsolidationRun> {
  const { sources, signal, onProgress } = request;
  const inputs: UnitInput[] = [];
  for (const [i, source] of sources.entries()) {
    signal.throwIfAborted();
    const name = source.kind === "file" ? source.file.name : sheetSourceName(source.sheet);
    onProgress(i, sources.length, name);
    if (source.kind === "file") inputs.push(await request.readFile(name, await readFileBytes(source.file), source.file.lastModified || i));
    else inputs.push(await sheetInput(request.port, source.sheet, i));
    await nextTask();
  }
  onProgress(sources.length, sources.length, "");
  signal.throwIfAborted();

  const roster = request.roster ? await readRoster(request.roster, request.port) : {};
  if (roster.reason) return { ok: false, reason: roster.reason };
  const readable = inputs.filter((i): i is ReadInput => !isUnreadableInput(i));
  const template = request.templateId
    ? request.templates.find((t) => t.id === request.templateId)
    : dominantTemplate(readable, request.templates);
  if (!template) return { ok: false, reason: message("ui.consolidate.no-template") };
  signal.throwIfAborted();
  const result = consolidate(inputs, {
    template,
    roster: roster.roster,
    knownTemplates: request.templates,
    validate: auditForConsolidation,
    signal,
  });
  return { ok: true, result };
}
