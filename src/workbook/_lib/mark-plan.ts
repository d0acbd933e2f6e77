import { message } from "../../core/locale";
import { cellAddress, parseCellAddress } from "../../core/sheet";
import type { Severity } from "../../core/template";
import { findingFix, findingMessage, severityName, SEVERITY_ORDER, type Finding } from "../../core/validate";
import type { StoredMark } from "./mark-rows";

/** Light fills clerks know from Excel's own "bad / neutral" cell styles, so the figure stays readable. */
export const MARK_FILLS: Record<Severity, string> = { error: "FFC7CE", verify: "FFEB9C", hint: "DDEBF7" };

/** What a cell looks like now, as an adapter read it. */
export interface CellLook {
  /** RRGGBB, or null for no fill. */
  fill: string | null;
  /** The adapter's exact description of the fill when the colour alone cannot restore it (ExcelJS). */
  exactFill?: string;
  /** The text of the note (or comment) on the cell; null when it has none. */
  note: string | null;
  /**
   * This host cannot read every kind of note a mark may have left (Excel before ExcelApi 1.18 sees
   * threaded comments but not notes): a mark whose note is not found is remembered, not forgotten,
   * so a host that can see it takes it off later.
   */
  noteUnseen?: boolean;
}

/** The look of a cell of a sheet; undefined when the sheet is gone (deleted or renamed). */
export type LookOf = (sheet: string, cell: string) => CellLook | undefined;

export interface FillChange {
  /** RRGGBB, or null to remove the fill. */
  colour: string | null;
  exactFill?: string;
}

/** "keep" the cell's note, "remove" ours, or set ours to a text (updating ours, or adding one where there is none). */
export type NoteChange = "keep" | "remove" | { text: string };

/** What to do to one cell; a cell appears at most once in a plan. */
export interface CellChange {
  sheet: string;
  cell: string;
  /** Absent: leave the fill as it is. */
  fill?: FillChange;
  note: NoteChange;
}

export interface MarkPlan {
  changes: CellChange[];
  /** The whole new content of the marks sheet, every sheet's marks. */
  store: StoredMark[];
}

/** Excel's sheet names are case-insensitive. */
export function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function sameColour(a: string | null, b: string): boolean {
  return a !== null && a.replace(/^#/, "").toUpperCase() === b.toUpperCase();
}

/** Excel may hand a note back with \r\n line ends or trailing space. */
function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n?/g, "\n").trim();
  return norm(a) === norm(b);
}

/** "b5" and "$B$5" as "B5"; undefined when it is not a cell. */
export function normalCell(address: string): string | undefined {
  const at = parseCellAddress(address);
  return at ? cellAddress(at.row, at.col) : undefined;
}

/** One line of a cell's note: 【错误】message（建议：fix）. */
function noteLine(finding: Finding): string {
  const severity = severityName(finding.severity);
  const text = findingMessage(finding);
  const fix = findingFix(finding);
  return fix ? message("marks.note-line-fix", { severity, message: text, fix }) : message("marks.note-line", { severity, message: text });
}

export interface CellFindings {
  cell: string;
  /** The most severe finding's severity: it decides the fill. */
  severity: Severity;
  /** The note: one line per finding, most severe first, repeated lines once. */
  note: string;
}

/**
 * The findings located on a sheet, by cell. Findings of other sheets, and locations that are not a
 * cell address, are left out: the task pane lists every finding anyway.
 */
export function findingsByCell(sheet: string, findings: readonly Finding[]): CellFindings[] {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    const cell = sameSheet(finding.location.sheet, sheet) ? normalCell(finding.location.cell) : undefined;
    if (!cell) continue;
    const group = byCell.get(cell);
    if (group) group.push(finding);
    else byCell.set(cell, [finding]);
  }
  return [...byCell].map(([cell, group]) => {
    const ordered = [...group].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    return { cell, severity: ordered[0].severity, note: [...new Set(ordered.map(noteLine))].join("\n") };
  });
}

/**
 * Taking off one stored mark: the fill goes back to the original unless the clerk has re-coloured
 * the cell since (then the clerk's colour stays), and our note goes unless the clerk has edited it.
 */
function restoreOf(mark: StoredMark, look: CellLook): CellChange {
  const change: CellChange = { sheet: mark.sheet, cell: mark.cell, note: "keep" };
  if (sameColour(look.fill, mark.mark)) change.fill = { colour: mark.original, ...(mark.exactFill ? { exactFill: mark.exactFill } : {}) };
  if (mark.note && look.note !== null && sameText(look.note, mark.note)) change.note = "remove";
  return change;
}

function isNoChange(change: CellChange): boolean {
  return !change.fill && change.note === "keep";
}

/** Take off the marks of one sheet (or all, when `sheet` is undefined); marks of a sheet that is gone are forgotten. */
export function planClear(stored: readonly StoredMark[], lookOf: LookOf, sheet?: string): MarkPlan {
  const changes: CellChange[] = [];
  const store: StoredMark[] = [];
  for (const mark of stored) {
    if (sheet !== undefined && !sameSheet(mark.sheet, sheet)) {
      store.push(mark);
      continue;
    }
    const look = lookOf(mark.sheet, mark.cell);
    if (!look) continue;
    const change = restoreOf(mark, look);
    if (!isNoChange(change)) changes.push(change);
    if (mark.note && look.note === null && look.noteUnseen) store.push(mark);
  }
  return { changes, store };
}

export interface MarkRequest {
  /** The sheet's name as the workbook spells it. */
  sheet: string;
  findings: readonly Finding[];
  stored: readonly StoredMark[];
  lookOf: LookOf;
  /** Whether this host can hold notes (or comments); without, cells are only filled. */
  notes: boolean;
}

/**
 * Take off the sheet's previous marks and mark its findings, as one set of cell changes: a cell
 * marked again is changed once. The original remembered for a cell is what it looks like once the
 * previous mark is off. A cell that carries a note that is not ours gets the fill only.
 */
export function planMarks(request: MarkRequest): MarkPlan {
  const { sheet, lookOf } = request;
  const cleared = planClear(request.stored, lookOf, sheet);
  const changes = new Map(cleared.changes.map((c) => [c.cell, c]));
  const store = [...cleared.store];
  for (const found of findingsByCell(sheet, request.findings)) {
    const look = lookOf(sheet, found.cell) ?? { fill: null, note: null };
    const prior = changes.get(found.cell);
    const before = prior?.fill ?? { colour: look.fill, exactFill: look.exactFill };
    const noteFree = prior?.note === "remove" || look.note === null;
    const note = request.notes && noteFree ? found.note : "";
    const mark = MARK_FILLS[found.severity];
    changes.set(found.cell, { sheet, cell: found.cell, fill: { colour: mark }, note: note ? { text: note } : (prior?.note ?? "keep") });
    const stored: StoredMark = { sheet, cell: found.cell, original: before.colour, mark, note };
    if (before.exactFill) stored.exactFill = before.exactFill;
    store.push(stored);
  }
  return { changes: [...changes.values()], store };
}
