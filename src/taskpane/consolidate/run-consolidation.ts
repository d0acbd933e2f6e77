import { consolidateUnits, sheetRosterSource, sheetSource, type RosterSource, type Summary, type UnitSource } from "../../app";
import type { ConsolidationResult, UnitDecisions } from "../../core/consolidate";
import { message, problemText } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";
import { readFileBytes } from "../shared/read-file-bytes";
import { fileRosterSource } from "./file-roster-source";
import { nextTask } from "../shared/next-task";
import type { UnitFileReader } from "./read-unit-file";

/** Where a unit's report comes from in the pane: a file picked or dropped, or a sheet of the workbook open in Excel. */
export type PickedSource = { kind: "file"; file: File } | { kind: "sheet"; sheet: string };

export interface ConsolidationRequest {
  sources: readonly PickedSource[];
  /** The roster (单位名录): a file, or a sheet of the open workbook; none means nobody is 未报. */
  roster?: PickedSource;
  /** The template chosen; the one most files hold when absent. */
  templateId?: string;
  templates: readonly ReportTemplate[];
  /** The open workbook, for sources that are its sheets. */
  port?: WorkbookPort;
  readFile: UnitFileReader;
  /** The clerk's answers for sheets whose 填报单位 and file name name two units. */
  unitDecisions?: UnitDecisions;
  /** 填表人 and 联系电话 written in the summary's signature block (the CLI's --preparer/--phone). */
  preparer?: string;
  phone?: string;
  signal: AbortSignal;
  /** Before each source is read, and once more when all are (`done === total`). */
  onProgress: (done: number, total: number, name: string) => void;
}

/** Consolidated, with the summary's sheets planned; or why not in words (no template recognised, an unusable roster). */
export type ConsolidationRun = { ok: true; result: ConsolidationResult; summary: Summary } | { ok: false; reason: string };

/** A sheet of the open workbook as an input, named so that the unit can be told from its name when 填报单位 is blank. */
function sheetSourceName(sheet: string): string {
  return message("ui.consolidate.sheet-source", { sheet });
}


function openWorkbook(port: WorkbookPort | undefined, sheet: string): WorkbookPort {
  if (!port) throw new Error(`no workbook to read sheet ${sheet} from`);
  return port;
}

function unitSource(source: PickedSource, order: number, request: ConsolidationRequest): UnitSource {
  if (source.kind === "sheet") {
    const name = sheetSourceName(source.sheet);
    return { name, read: () => sheetSource(openWorkbook(request.port, source.sheet), source.sheet, name, order).read() };
  }
  const { file } = source;
  return { name: file.name, read: async () => request.readFile(file.name, await readFileBytes(file), file.lastModified || order) };
}

function rosterSource(source: PickedSource, port: WorkbookPort | undefined): RosterSource {
  return source.kind === "sheet" ? sheetRosterSource(openWorkbook(port, source.sheet), source.sheet) : fileRosterSource(source.file);
}

/**
 * The pane's side of consolidating: its files and sheets as the use case's sources, its progress
 * and 取消, and the refusal in the pane's words. Nothing is written here.
 */
export async function runConsolidation(request: ConsolidationRequest): Promise<ConsolidationRun> {
  const outcome = await consolidateUnits(
    {
      sources: request.sources.map((source, i) => unitSource(source, i, request)),
      ...(request.roster ? { roster: rosterSource(request.roster, request.port) } : {}),
      templates: request.templates,
      template: request.templates.find((t) => t.id === request.templateId),
      reportDate: new Date(),
      ...(request.unitDecisions ? { unitDecisions: request.unitDecisions } : {}),
      ...(request.preparer?.trim() ? { preparer: request.preparer.trim() } : {}),
      ...(request.phone?.trim() ? { phone: request.phone.trim() } : {}),
    },
    {
      signal: request.signal,
      step: async ({ done, total, name }) => {
        request.onProgress(done, total, name);
        await nextTask();
      },
    },
  );
  if (outcome.ok) return outcome;
  const { refusal } = outcome;
  if (refusal.kind === "no-template") return { ok: false, reason: message("ui.consolidate.no-template") };
  const problems = refusal.problems.map((p) => problemText(p)).join("；") || "—";
  return { ok: false, reason: message("ui.consolidate.roster-unusable", { source: refusal.roster, problems }) };
}
