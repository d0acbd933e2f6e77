import { plannedCells, type SheetPlan } from "../../core/layout";
import type { CellRange, SheetSnapshot } from "../../core/sheet";
import { METADATA_SHEET, upsertBinding } from "../_lib/binding-rows";
import type { CellWrite, SheetInfo, TemplateBinding, WorkbookPort } from "../port";
import { WorkbookError } from "../workbook-error";
import { loadBindings, probeBindingSheet, queueBindings } from "./_lib/binding-store";
import { blocksOf, chunkBlocks, queueBlocks, type CellBlock } from "./_lib/cell-blocks";
import { hostIsSetSupported, type IsSetSupported } from "./_lib/host-support";
import type { SkippedFeature } from "./_lib/plan-features";
import { queuePageLayout } from "./_lib/page-layout";
import { PROTECTION, planBlocks, queuePlan } from "./_lib/queue-plan";
import { cameBack, loadedCellsOf, parseMergedAreas, snapshotOf, visibilityOf, type LoadedCells } from "./_lib/read-snapshot";
import { runExcel, type ExcelBatch, type RunExcelOptions } from "./run-excel";

export interface OfficeWorkbookOptions extends Omit<RunExcelOptions, "sheet"> {
  /** Defaults to `Office.context.requirements.isSetSupported`. */
  isSetSupported?: IsSetSupported;
  /** Largest request sent in one batch; Excel refuses requests over 5 MB, so 4 MB leaves room. */
  maxRequestBytes?: number;
  /** Cells read per batch when a sheet is too big for one response. */
  readChunkCells?: number;
  /**
   * Told what a created sheet lacks: data validation before ExcelApi 1.8, page setup before 1.9 or
   * when Excel refuses it, a drop-down list Excel cannot hold. The sheet itself was created; the task
   * pane shows each item with `message(code, params)`.
   */
  onSkipped?: (skipped: SkippedFeature[]) => void;
}

export interface CreateSheetOptions {
  replace?: boolean;
  activate?: boolean;
  /** When given, the sheet's template binding is stored in the same batch (see `writeBinding`). */
  templateJson?: string;
}

const DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;
const DEFAULT_READ_CHUNK_CELLS = 50_000;

interface ProtectionState {
  options: Excel.WorksheetProtectionOptions;
}

/** A later part of a write that did not fit in one request; re-protects the sheet after the last part. */
function writePart(sheetName: string, blocks: readonly CellBlock[], reprotect: ProtectionState | undefined): ExcelBatch<void> {
  return async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    queueBlocks(sheet, blocks);
    if (reprotect) sheet.protection.protect(reprotect.options);
    await context.sync();
  };
}

/** A rectangle of the used range, by row and column index. */
interface Box {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

function readPart(sheetName: string, box: Box): ExcelBatch<LoadedCells> {
  return async (context) => {
    const range = context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(box.top, box.left, box.rows, box.cols);
    range.load("rowIndex,columnIndex,values,valueTypes,numberFormat");
    await context.sync();
    return loadedCellsOf(range);
  };
}

/** A box in two halves: by rows while it has several, else by columns. */
function halves(box: Box): [Box, Box] | undefined {
  if (box.rows > 1) {
    const upper = Math.ceil(box.rows / 2);
    return [
      { ...box, rows: upper },
      { ...box, top: box.top + upper, rows: box.rows - upper },
    ];
  }
  if (box.cols > 1) {
    const left = Math.ceil(box.cols / 2);
    return [
      { ...box, cols: left },
      { ...box, left: box.left + left, cols: box.cols - left },
    ];
  }
  return undefined;
}

const isTooLarge = (error: unknown): boolean => error instanceof WorkbookError && error.code === "payload-too-large";

/** Queue what every read needs besides the cells: the sheet's name and visibility, its used range and merged areas. */
function queueOutline(context: Excel.RequestContext, name: string, withMerges: boolean) {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.load("name,visibility");
  const used = sheet.getUsedRangeOrNullObject(true);
  const merged = withMerges ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  return { sheet, used, merged };
}

function mergesOf(merged: Excel.RangeAreas | undefined): CellRange[] {
  return merged && !merged.isNullObject ? parseMergedAreas(merged.address) : [];
}

/**
 * The workbook open in Excel, through Office.js. Every operation is a fixed number of round trips
 * (load what is needed → sync → queue all writes → sync), whatever the number of cells, as long as
 * the data fits in one request; bigger writes and reads go in parts of at most `maxRequestBytes`.
 */
export class OfficeWorkbook implements WorkbookPort {
  private readonly runOptions: Omit<RunExcelOptions, "sheet">;
  private readonly isSetSupported: IsSetSupported;
  private readonly maxRequestBytes: number;
  private readonly readChunkCells: number;
  private readonly onSkipped: (skipped: SkippedFeature[]) => void;

  constructor(options: OfficeWorkbookOptions = {}) {
    const { isSetSupported, maxRequestBytes, readChunkCells, onSkipped, ...runOptions } = options;
    this.onSkipped = onSkipped ?? (() => undefined);
    this.runOptions = runOptions;
    this.isSetSupported = isSetSupported ?? hostIsSetSupported;
    this.maxRequestBytes = maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    this.readChunkCells = readChunkCells ?? DEFAULT_READ_CHUNK_CELLS;
  }

  private run<T>(batch: ExcelBatch<T>, sheet?: string): Promise<T> {
    return runExcel(batch, { ...this.runOptions, sheet });
  }

  /** Every sheet but the add-in's own metadata sheet. One round trip. */
  listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.filter((s) => s.name !== METADATA_SHEET).map((s) => ({ name: s.name, visibility: visibilityOf(s.visibility) }));
    });
  }

  /**
   * The used range (values only, so a formatted but empty ledger row does not count) with value
   * types, number formats (date serials become Dates) and formulas, plus merged areas where the host
   * can list them (ExcelApi 1.13). One round trip; a sheet too big for one response is read in parts.
   */
  async readSheet(name: string): Promise<SheetSnapshot> {
    const withMerges = this.isSetSupported("ExcelApi", "1.13");
    try {
      const whole = await this.run(async (context) => {
        const { sheet, used, merged } = queueOutline(context, name, withMerges);
        used.load("rowIndex,columnIndex,values,valueTypes,numberFormat");
        await context.sync();
        if (!used.isNullObject && !cameBack(used)) return undefined;
        return snapshotOf(sheet.name, sheet.visibility, used.isNullObject ? [] : [loadedCellsOf(used)], mergesOf(merged));
      }, name);
      if (whole) return whole;
    } catch (error) {
      if (!isTooLarge(error)) throw error;
    }
    return this.readSheetInParts(name, withMerges);
  }

  private async readSheetInParts(name: string, withMerges: boolean): Promise<SheetSnapshot> {
    const outline = await this.run(async (context) => {
      const { sheet, used, merged } = queueOutline(context, name, withMerges);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      return {
        name: sheet.name,
        visibility: sheet.visibility,
        used: used.isNullObject ? undefined : { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
        merges: mergesOf(merged),
      };
    }, name);
    const parts: LoadedCells[] = [];
    if (outline.used) {
      const { top, left, rows, cols } = outline.used;
      const step = Math.max(1, Math.floor(this.readChunkCells / cols));
      for (let r = 0; r < rows; r += step) parts.push(...(await this.readBox(name, { top: top + r, left, rows: Math.min(step, rows - r), cols })));
    }
    return snapshotOf(outline.name, outline.visibility, parts, outline.merges);
  }

  /**
   * One part of a sheet, or, where Excel refuses it for its size (over 5 MB, or over five million
   * cells and so null values), its two halves, and so on down to a single cell.
   */
  private async readBox(name: string, box: Box): Promise<LoadedCells[]> {
    try {
      const part = await this.run(readPart(name, box), name);
      if (cameBack(part)) return [part];
    } catch (error) {
      if (!isTooLarge(error)) throw error;
    }
    const split = halves(box);
    if (!split) throw new WorkbookError("payload-too-large", { detail: { sheet: name } });
    return [...(await this.readBox(name, split[0])), ...(await this.readBox(name, split[1]))];
  }

  /**
   * Create a sheet from a plan in one batch: probe (does the sheet exist? the metadata sheet?) → sync
   * → [read the bindings → sync] → queue the sheet, its formats, validation, protection and binding →
   * sync; then page setup → sync. An existing sheet is replaced only when asked, and then keeps its
   * place among the tabs. A plan whose cells pass `maxRequestBytes` (a big 来源清单) writes the rest
   * of its cells in further requests, one round trip each, and is protected after the last.
   */
  async createSheet(plan: SheetPlan, options: CreateSheetOptions = {}): Promise<void> {
    const features = {
      dataValidation: this.isSetSupported("ExcelApi", "1.8"),
      pageLayout: this.isSetSupported("ExcelApi", "1.9"),
      indent: this.isSetSupported("ExcelApi", "1.9"),
    };
    const parts = chunkBlocks(planBlocks(plannedCells(plan)), this.maxRequestBytes);
    const skipped = await this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const existing = worksheets.getItemOrNullObject(plan.sheetName);
      existing.load("name,position,visibility");
      const probedBindings = options.templateJson !== undefined ? probeBindingSheet(context) : undefined;
      await context.sync();
      if (!existing.isNullObject && !options.replace) {
        throw new WorkbookError("sheet-exists", { detail: { sheet: plan.sheetName } });
      }
      const stored = probedBindings ? await loadBindings(context, probedBindings) : undefined;
      const replacing = !existing.isNullObject;
      const position = replacing ? existing.position : undefined;
      // Excel refuses two sheets of one name: the old one steps aside before the new one is added.
      if (replacing) existing.name = `~huibao-${Date.now().toString(36)}`.slice(0, 31);
      const sheet = worksheets.add(plan.sheetName);
      const skipped = queuePlan(sheet, plan, features, { blocks: parts[0] ?? [], protect: parts.length <= 1 });
      if (replacing) {
        // Excel refuses to delete a very hidden sheet (InvalidOperation): the 综述 data sheet of an
        // earlier consolidation is made merely hidden first (excel.worksheet.yml, delete).
        if (existing.visibility === "VeryHidden") existing.visibility = "Hidden";
        existing.delete();
        sheet.position = position!;
      }
      if (stored) {
        const binding = { sheetName: plan.sheetName, templateId: plan.templateId, templateVersion: plan.templateVersion, templateJson: options.templateJson! };
        queueBindings(context, stored, upsertBinding(stored.bindings, binding));
      }
      if (plan.veryHidden) sheet.visibility = "VeryHidden";
      else if (options.activate) sheet.activate();
      await context.sync();
      return skipped;
    }, plan.sheetName);
    for (let i = 1; i < parts.length; i++) {
      const last = i === parts.length - 1 && plan.protect;
      await this.run(writePart(plan.sheetName, parts[i], last ? { options: PROTECTION } : undefined), plan.sheetName);
    }
    if (features.pageLayout) skipped.push(...(await this.setUpPrinting(plan)));
    else skipped.push({ code: "office.skipped-page-layout", params: { sheet: plan.sheetName } });
    if (skipped.length > 0) this.onSkipped(skipped);
  }

  /** Page setup in a batch of its own: if Excel refuses it, the sheet stands and the clerk is told. */
  private async setUpPrinting(plan: SheetPlan): Promise<SkippedFeature[]> {
    try {
      await this.run(async (context) => {
        queuePageLayout(context.workbook.worksheets.getItem(plan.sheetName), plan.print);
        await context.sync();
      }, plan.sheetName);
      return [];
    } catch (error) {
      if (!(error instanceof WorkbookError)) throw error;
      return [{ code: "office.page-layout-failed", params: { sheet: plan.sheetName, detail: error.message } }];
    }
  }

  /**
   * Write values as rectangular blocks: probe the sheet's protection → sync → queue every block →
   * sync. Five cells or five thousand cost the same two round trips; only data over
   * `maxRequestBytes` goes in further parts, one round trip each. A sheet protected by the add-in
   * (no password) is unprotected for the write and protected again with its own options.
   */
  async writeCells(sheetName: string, writes: CellWrite[]): Promise<void> {
    const parts = chunkBlocks(blocksOf(writes), this.maxRequestBytes);
    if (parts.length === 0) return;
    const protection = await this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const sheetProtection = worksheets.getItem(sheetName).protection;
      sheetProtection.load("protected,options");
      await context.sync();
      const state: ProtectionState | undefined = sheetProtection.protected ? { options: sheetProtection.options } : undefined;
      if (state) sheetProtection.unprotect();
      queueBlocks(worksheets.getItem(sheetName), parts[0]);
      if (state && parts.length === 1) sheetProtection.protect(state.options);
      await context.sync();
      return state;
    }, sheetName);
    let done = 1;
    try {
      for (; done < parts.length; done++) {
        const last = done === parts.length - 1;
        await this.run(writePart(sheetName, parts[done], last ? protection : undefined), sheetName);
      }
    } finally {
      // A part failed after the sheet was unprotected: protect it again before reporting the failure.
      if (protection && done < parts.length) {
        await this.run(async (context) => {
          context.workbook.worksheets.getItem(sheetName).protection.protect(protection.options);
          await context.sync();
        }, sheetName);
      }
    }
  }

  /** The bindings in the very hidden metadata sheet; none when it does not exist. One or two round trips. */
  readBindings(): Promise<TemplateBinding[]> {
    return this.run(async (context) => {
      const probed = probeBindingSheet(context);
      await context.sync();
      return (await loadBindings(context, probed)).bindings;
    }, METADATA_SHEET);
  }

  /** Add or replace one binding; the metadata sheet is created very hidden if needed. At most three round trips. */
  writeBinding(binding: TemplateBinding): Promise<void> {
    return this.run(async (context) => {
      const probed = probeBindingSheet(context);
      await context.sync();
      const stored = await loadBindings(context, probed);
      queueBindings(context, stored, upsertBinding(stored.bindings, binding));
      await context.sync();
    }, METADATA_SHEET);
  }
}
