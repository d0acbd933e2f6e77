import type { Cell, Fill, Worksheet } from "exceljs";
import { parseCellAddress } from "../../core/sheet";
import type { Finding } from "../../core/validate";
import { acceptedNoteText, acceptTarget } from "../_lib/mark-accept";
import { planClear, planMarks, type CellChange, type CellLook, type LookOf, type MarkPlan } from "../_lib/mark-plan";
import { marksToRows, rowsToMarks, type StoredMark } from "../_lib/mark-rows";
import { MARKS_SHEET, type FindingMarker } from "../finding-marker";
import { WorkbookError } from "../workbook-error";
import type { XlsxWorkbook } from "./xlsx-workbook";
import { restyle } from "./_lib/restyle";

/** A plain solid fill in an explicit colour: what Excel's own colour picker and the templates write. */
function solid(colour: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: "FF" + colour } };
}

/** A cell's fill as a colour; theme colours, tints and patterns are kept exactly as JSON beside a best guess. */
function fillLook(fill: Fill | undefined): Pick<CellLook, "fill" | "exactFill"> {
  if (!fill || (fill.type === "pattern" && fill.pattern === "none")) return { fill: null };
  const argb = fill.type === "pattern" ? fill.fgColor?.argb : undefined;
  const colour = typeof argb === "string" && /^[0-9A-Fa-f]{8}$/.test(argb) ? argb.slice(2).toUpperCase() : null;
  const plain = fill.type === "pattern" && fill.pattern === "solid" && colour !== null && Object.keys(fill.fgColor ?? {}).length === 1;
  return plain ? { fill: colour } : { fill: colour, exactFill: JSON.stringify(fill) };
}

function noteText(cell: Cell): string | null {
  const note = cell.note;
  const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
  return text ? text : null;
}

function lookOfCell(cell: Cell): CellLook {
  return { ...fillLook(cell.fill), note: noteText(cell) };
}

/** The parts of an ExcelJS 4.4 cell that hold its note: the note set in this session, and the one read from the file. */
interface CellNoteInternals {
  _comment?: unknown;
  _value: { model: { comment?: unknown } };
}

/**
 * ExcelJS has no call to take a note off a cell: `cell.note = undefined` leaves an empty note box
 * behind, and a note read from the file stays in the cell's value model. Both are dropped, through
 * this one narrow cast.
 */
function removeNote(cell: Cell): void {
  const internals = cell as unknown as CellNoteInternals;
  internals._comment = undefined;
  delete internals._value.model.comment;
}

function setFill(cell: Cell, fill: Fill | undefined): void {
  restyle(cell, ({ fill: _fill, ...rest }) => (fill ? { ...rest, fill } : rest));
}

function applyChange(ws: Worksheet, change: CellChange): void {
  const cell = ws.getCell(change.cell);
  if (change.fill) {
    const { colour, exactFill } = change.fill;
    setFill(cell, exactFill ? (JSON.parse(exactFill) as Fill) : colour ? solid(colour) : undefined);
  }
  if (change.note === "remove") removeNote(cell);
  else if (change.note !== "keep") cell.note = change.note.text;
}

/**
 * Audit findings marked on the sheets of an .xlsx workbook (the browser page, the command line):
 * cell fills and notes as in Excel, remembered in the same very hidden sheet, so a file marked here
 * and opened in Excel with the add-in is cleared there, and the other way round.
 */
export class XlsxFindingMarker implements FindingMarker {
  constructor(private readonly workbook: XlsxWorkbook) {}

  async mark(sheet: string, findings: Finding[]): Promise<void> {
    const target = this.sheet(sheet);
    const stored = await this.readStore();
    this.apply(planMarks({ sheet: target.name, findings, stored, lookOf: this.lookOf, notes: true }), target);
  }

  async clear(sheet?: string): Promise<void> {
    if (!this.workbook.exceljsWorksheet(MARKS_SHEET)) return;
    this.apply(planClear(await this.readStore(), this.lookOf, sheet));
  }

  async acceptWithNote(sheet: string, noteCell: string, note: string): Promise<void> {
    const address = acceptTarget(sheet, noteCell, note);
    const ws = this.sheet(sheet);
    const text = acceptedNoteText(ws.getCell(address).text ?? "", note);
    const { row, col } = parseCellAddress(address)!;
    // Through the port: text is written as text, never as a formula or a number.
    await this.workbook.writeCells(ws.name, [{ row, col, value: text }]);
  }

  private readonly lookOf: LookOf = (sheetName, address) => {
    const ws = this.workbook.exceljsWorksheet(sheetName);
    if (!ws) return undefined;
    return lookOfCell(ws.getCell(address));
  };

  private async readStore(): Promise<StoredMark[]> {
    if (!this.workbook.exceljsWorksheet(MARKS_SHEET)) return [];
    return rowsToMarks((await this.workbook.readSheet(MARKS_SHEET)).rows);
  }

  /** Apply the plan's cell changes and rewrite the marks sheet; `target` is where a new marks sheet goes. */
  private apply(plan: MarkPlan, target?: Worksheet): void {
    for (const change of plan.changes) {
      const ws = this.workbook.exceljsWorksheet(change.sheet);
      if (ws) applyChange(ws, change);
    }
    const existing = this.workbook.exceljsWorksheet(MARKS_SHEET);
    if (!existing && (plan.store.length === 0 || !target)) return;
    const store = existing ?? target!.workbook.addWorksheet(MARKS_SHEET);
    // Very hidden: not listed under Excel's 取消隐藏, so a clerk does not delete it by accident.
    store.state = "veryHidden";
    // Emptied cell by cell: ExcelJS's spliceRows leaves a loaded sheet's rows in place.
    store.eachRow((row) => row.eachCell((cell) => (cell.value = null)));
    marksToRows(plan.store).forEach((row, r) => row.forEach((text, c) => (store.getCell(r + 1, c + 1).value = text)));
  }

  private sheet(name: string): Worksheet {
    const ws = this.workbook.exceljsWorksheet(name);
    if (!ws) {
      throw new WorkbookError("sheet-not-found", { detail: { sheet: name, file: this.workbook.fileName } });
    }
    return ws;
  }
}
