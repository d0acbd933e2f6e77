import { distributeForms, type RosterSource } from "../../app";
import { nextTask } from "../shared/next-task";
import { message, problemText } from "../../core/locale";
import type { ReportTemplate } from "../../core/template";
import type { WorkbookPort } from "../../workbook/port";

/** A new workbook held in the page, to fill with a unit's form and turn into a file. */
export interface PageWorkbook extends WorkbookPort {
  toBytes(): Promise<Uint8Array>;
}

export interface DistributionZipRequest {
  template: ReportTemplate;
  roster: RosterSource;
  period?: string;
  /** A new workbook of that file name (ExcelJS in the page, loaded on first use). */
  newWorkbook(fileName: string): PageWorkbook;
  signal: AbortSignal;
  /** Before each unit's form is made, and once more when all are (`done === total`). */
  onProgress(done: number, total: number, unit: string): void;
}

/** The zip of every unit's workbook, with how many; or why not in words (an unusable roster, two units of one file name). */
export type DistributionZip = { ok: true; bytes: Uint8Array; fileName: string; count: number } | { ok: false; reason: string };

/**
 * 下发 from the pane: distributeForms makes each unit's workbook (the one home of that logic), and the
 * page packs them into one .zip — a browser cannot write a folder, and one download is kinder than
 * fifty. Each unit's file name is the one the CLI gives it. A cancel stops between two units, and throws.
 */
export async function distributionZip(request: DistributionZipRequest): Promise<DistributionZip> {
  const files: Record<string, Uint8Array> = {};
  const outcome = await distributeForms(
    {
      template: request.template,
      roster: request.roster,
      ...(request.period ? { period: request.period } : {}),
      newWorkbook: (_unit, fileName) => request.newWorkbook(fileName),
      made: async ({ fileName, workbook }) => {
        files[fileName] = await workbook.toBytes();
      },
    },
    {
      signal: request.signal,
      step: async ({ done, total, name }) => {
        request.onProgress(done, total, name);
        await nextTask();
      },
    },
  );
  if (!outcome.ok && "nameClash" in outcome) return { ok: false, reason: message("ui.distribute.name-clash", { file: outcome.nameClash }) };
  if (!outcome.ok) {
    const problems = outcome.refusal.problems.map((p) => problemText(p)).join("；") || "—";
    return { ok: false, reason: message("ui.distribute.roster-unusable", { source: outcome.refusal.roster, problems }) };
  }
  const { zipSync } = await import(/* webpackChunkName: "zip" */ "fflate");
  // An .xlsx is compressed already: stored as it is, the zip is made at once.
  const bytes = zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { level: 0 }]])));
  return { ok: true, bytes, fileName: message("ui.distribute.zip-name", { title: request.template.title }), count: outcome.units.length };
}
