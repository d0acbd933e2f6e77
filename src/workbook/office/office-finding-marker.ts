import type { Finding } from "../../core/validate";
import { acceptedNoteText, acceptTarget } from "../_lib/mark-accept";
import { findingsByCell, planClear, planMarks, sameSheet, type MarkPlan } from "../_lib/mark-plan";
import { rowsToMarks, type StoredMark } from "../_lib/mark-rows";
import { MARKS_SHEET, type FindingMarker } from "../finding-marker";
import { toCellInput } from "./_lib/excel-values";
import { hostIsSetSupported, type IsSetSupported } from "./_lib/host-support";
import { looksOf, queueSheetLooks, type LoadedSheet, type LookFeatures } from "./_lib/mark-looks";
import { noteKindOf, queueCommentLocations } from "./_lib/mark-notes";
import { queueChanges, queueStore } from "./_lib/mark-write";
import { runExcel, type ExcelBatch, type RunExcelOptions } from "./run-excel";

export interface OfficeFindingMarkerOptions extends Omit<RunExcelOptions, "sheet"> {
  /** Defaults to `Office.context.requirements.isSetSupported`; decides notes, comments or fills only. */
  isSetSupported?: IsSetSupported;
}

/** mark(sheet, findings) or clear(sheet?), which differ only in the plan made from what was read. */
type MarkRequest = { kind: "mark"; sheet: string; findings: readonly Finding[] } | { kind: "clear"; sheet?: string };

interface Protected {
  protection: Excel.WorksheetProtection;
  options: Excel.WorksheetProtectionOptions;
}

/**
 * Audit findings marked on the sheets of the workbook open in Excel. `mark` and `clear` are one
 * batch each with a fixed number of round trips, however many findings:
 *
 * 1. probe the marks sheet (and, from ExcelApi 1.10, list the workbook's threaded comments: marks
 *    left by an Excel without notes are comments, and are taken off by one with notes too) → sync;
 * 2. read the remembered marks (and where each comment sits) → sync, skipped when there is nothing to read;
 * 3. the fill and note of every cell concerned and each sheet's protection → sync;
 * 4. queue every restore, mark, note and the new marks sheet → sync.
 *
 * So the first `mark` on a workbook costs 3 syncs and every later `mark` or `clear` 4 (step 2 also
 * runs whenever the workbook holds threaded comments); a `clear` with nothing remembered costs 1 or 2.
 * A sheet protected by the add-in (no password) is unprotected for the changes and protected again
 * with its own options in the same batch.
 */
export class OfficeFindingMarker implements FindingMarker {
  private readonly runOptions: Omit<RunExcelOptions, "sheet">;
  private readonly isSetSupported: IsSetSupported;

  constructor(options: OfficeFindingMarkerOptions = {}) {
    const { isSetSupported, ...runOptions } = options;
    this.runOptions = runOptions;
    this.isSetSupported = isSetSupported ?? hostIsSetSupported;
  }

  private run<T>(batch: ExcelBatch<T>, sheet?: string): Promise<T> {
    return runExcel(batch, { ...this.runOptions, sheet });
  }

  mark(sheet: string, findings: Finding[]): Promise<void> {
    return this.apply({ kind: "mark", sheet, findings });
  }

  clear(sheet?: string): Promise<void> {
    return this.apply({ kind: "clear", sheet });
  }

  private apply(request: MarkRequest): Promise<void> {
    const features: LookFeatures = { notes: noteKindOf(this.isSetSupported), pattern: this.isSetSupported("ExcelApi", "1.9") };
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      const storeSheet = worksheets.getItemOrNullObject(MARKS_SHEET);
      storeSheet.load("name");
      // Marking a sheet that is not there fails at this first sync, with the sheet named.
      const target = request.kind === "mark" ? worksheets.getItem(request.sheet) : undefined;
      target?.load("name");
      // Comments are read on an Excel with notes too: marks made by an Excel without notes are comments.
      const comments = features.notes !== "none" ? context.workbook.comments : undefined;
      comments?.load("items/content");
      await context.sync();

      const used = storeSheet.isNullObject ? undefined : storeSheet.getUsedRangeOrNullObject(true);
      used?.load("values");
      const locate = comments ? queueCommentLocations(comments) : () => new Map<string, Excel.Comment>();
      if (used || (comments && comments.items.length > 0)) await context.sync();
      const stored = used && !used.isNullObject ? rowsToMarks(used.values) : [];
      const commentsByCell = locate();

      const cellsBySheet = cellsConcerned(request, target?.name, stored, worksheets.items.map((s) => s.name));
      const sheets = [...cellsBySheet].map(([name, cells]) => queueSheetLooks(worksheets.getItem(name), name, cells, features));
      if (sheets.length > 0) await context.sync();
      const lookOf = looksOf(sheets, commentsByCell, features);
      const plan: MarkPlan =
        request.kind === "mark"
          ? planMarks({ sheet: target!.name, findings: request.findings, stored, lookOf, notes: features.notes !== "none" })
          : planClear(stored, lookOf, request.sheet);
      if (plan.changes.length === 0 && plan.store.length === stored.length) return;

      const reprotect = unprotectChanged(sheets, plan);
      queueChanges(context, sheets, commentsByCell, plan.changes, features.notes);
      queueStore(context, storeSheet.isNullObject ? null : storeSheet, plan.store);
      protectAgain(reprotect);
      await context.sync();
    }, request.sheet);
  }

  /**
   * Write the 说明 into the 备注 cell: read what the cell holds and whether the sheet is protected
   * → sync → write the text (as text, whatever it looks like) → sync.
   */
  async acceptWithNote(sheet: string, noteCell: string, note: string): Promise<void> {
    const cell = acceptTarget(sheet, noteCell, note);
    await this.run(async (context) => {
      const protection = context.workbook.worksheets.getItem(sheet).protection;
      protection.load("protected,options");
      const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
      range.load("values");
      await context.sync();
      const existing = range.values[0]?.[0];
      const input = toCellInput(acceptedNoteText(existing === null || existing === undefined ? "" : String(existing), note));
      const wasProtected = protection.protected ? protection.options : undefined;
      if (wasProtected) protection.unprotect();
      if (input.numberFormat) range.numberFormat = [[input.numberFormat]];
      range.values = [[input.value]];
      if (wasProtected) protection.protect(wasProtected);
      await context.sync();
    }, sheet);
  }
}

/**
 * The cells whose look must be read, by sheet (as the workbook spells it): the remembered marks of
 * the sheets concerned that still exist, and for `mark` the cells of the new findings.
 */
function cellsConcerned(request: MarkRequest, targetName: string | undefined, stored: readonly StoredMark[], sheetNames: readonly string[]): Map<string, string[]> {
  const bySheet = new Map<string, string[]>();
  const add = (name: string, cell: string) => {
    const cells = bySheet.get(name);
    if (cells) cells.push(cell);
    else bySheet.set(name, [cell]);
  };
  const only = targetName ?? request.sheet;
  for (const mark of stored) {
    if (only !== undefined && !sameSheet(mark.sheet, only)) continue;
    const name = sheetNames.find((n) => sameSheet(n, mark.sheet));
    if (name) add(name, mark.cell);
  }
  if (request.kind === "mark" && targetName) for (const found of findingsByCell(targetName, request.findings)) add(targetName, found.cell);
  return bySheet;
}

/** Queue the protection of each sheet unprotected for the changes, with its own options (no round trip). */
function protectAgain(sheets: readonly Protected[]): void {
  for (const { protection, options } of sheets) protection.protect(options);
}

/** Unprotect, now, each protected sheet the plan changes; returns what to protect again after the changes. */
function unprotectChanged(sheets: readonly LoadedSheet[], plan: MarkPlan): Protected[] {
  const reprotect: Protected[] = [];
  for (const { sheet, name } of sheets) {
    if (!plan.changes.some((c) => sameSheet(c.sheet, name))) continue;
    const protection = sheet.protection;
    if (!protection.protected) continue;
    reprotect.push({ protection, options: protection.options });
    protection.unprotect();
  }
  return reprotect;
}
