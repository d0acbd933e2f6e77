import type { PlannedCell, SheetPlan } from "../layout/sheet-plan";
import { columnPoints, printSetupFor } from "../layout/print-setup";
import { message } from "../locale";
import { cellText } from "../form/cell-text";
import type { SheetSnapshot } from "../sheet";
import type { ReportTemplate } from "../template/types";
import type { NarrativeInput } from "./generate/narrative-input";

/** The summary's narrative data, kept very hidden so `huibao narrate` and the pane can write the paragraph again. */
export const NARRATIVE_DATA_SHEET = "_huibao_narrative";

/** The sheet the paragraph is written to: 综述, or 综述(2) beside one already there. */
export const NARRATIVE_SHEET = "综述";

/** The paragraph cell: eight columns as wide as a portrait A4 page, from the third row. */
const PARAGRAPH_COLUMNS = 8;
const PARAGRAPH_COLUMN_WIDTH = 11.5;
const PARAGRAPH_ROW = 2;
/** The paragraph's type (role "paragraph") and the distance between its lines, in points. */
const PARAGRAPH_POINTS = 14;
const PARAGRAPH_LINE = 24;
const CELL_PADDING = 6;
/** Excel's tallest row. */
const MAX_ROW_HEIGHT = 409;

/** Excel caps a cell at 32,767 characters. */
const CHUNK = 30000;
const VERSION = 1;

function basePlan(sheetName: string, title: string, cells: PlannedCell[], widths: number[], rowHeights: Record<number, number> = {}): SheetPlan {
  return {
    sheetName,
    templateId: "",
    templateVersion: "",
    columnWidths: widths,
    rowHeights,
    cells,
    merges: [],
    validations: [],
    freeze: { rows: 0, columns: 0 },
    print: printSetupFor({ title, columnWidths: widths, rowHeights, rowCount: Math.max(0, ...cells.map((c) => c.row + 1)), titleRows: { first: 0, last: 0 } }),
    protect: false,
    anchors: { header: {} },
  };
}

/** The narrative input as JSON text in column A, in chunks below Excel's cell limit. */
export function planNarrativeData(input: NarrativeInput): SheetPlan {
  const { template, ...data } = input;
  const json = JSON.stringify({ version: VERSION, templateId: template.id, ...data });
  const cells: PlannedCell[] = [];
  for (let i = 0, row = 0; i < json.length; i += CHUNK, row++) cells.push({ row, col: 0, value: json.slice(i, i + CHUNK), style: "label", numberFormat: "@", locked: true });
  return { ...basePlan(NARRATIVE_DATA_SHEET, NARRATIVE_DATA_SHEET, cells, [20]), veryHidden: true };
}

/** The narrative input read back from its sheet, for the template the summary is bound to; undefined when absent or unreadable. */
export function narrativeDataFrom(sheet: SheetSnapshot, template: ReportTemplate): NarrativeInput | undefined {
  const json = sheet.rows.map((row) => cellText(row[0] ?? null)).join("");
  try {
    const data = JSON.parse(json) as Omit<NarrativeInput, "template"> & { version: number; templateId: string };
    if (data.version !== VERSION || data.templateId !== template.id) return undefined;
    const { version: _v, templateId: _t, ...rest } = data;
    // JSON keeps a Date as its ISO text.
    if (rest.cutoff && typeof rest.cutoff.date === "string") rest.cutoff = { ...rest.cutoff, date: new Date(rest.cutoff.date) };
    return { ...rest, template };
  } catch {
    return undefined;
  }
}

/**
 * The 综述 sheet: the form's title with 综述, then the paragraph in one wrapped cell as wide as a
 * portrait A4 page — merged over as many rows as its lines need, since a row stops at 409 points —
 * in the paragraph's look (仿宋, lines spread apart), ready to print or copy. Line breaks in the text
 * stay paragraph breaks.
 */
export function planNarrativeSheet(template: Pick<ReportTemplate, "title">, paragraph: string, sheetName = NARRATIVE_SHEET): SheetPlan {
  const title = message("narrative.sheet-title", { title: template.title });
  const last = PARAGRAPH_COLUMNS - 1;
  const cells: PlannedCell[] = [{ row: 0, col: 0, value: title, style: "title", locked: true }];
  for (let col = 1; col <= last; col++) cells.push({ row: 0, col, value: null, style: "title", locked: true });
  const rowHeights: Record<number, number> = { 0: 32 };
  const widths = Array<number>(PARAGRAPH_COLUMNS).fill(PARAGRAPH_COLUMN_WIDTH);
  const lineWidth = widths.reduce((sum, w) => sum + columnPoints(w), 0) - CELL_PADDING;
  const lines = paragraphLines(paragraph, Math.floor(lineWidth / PARAGRAPH_POINTS));
  let height = lines * PARAGRAPH_LINE + CELL_PADDING;
  let row = PARAGRAPH_ROW;
  for (; height > 0; row++, height -= MAX_ROW_HEIGHT) rowHeights[row] = Math.min(MAX_ROW_HEIGHT, Math.max(height, PARAGRAPH_LINE));
  const bottom = row - 1;
  for (let r = PARAGRAPH_ROW; r <= bottom; r++)
    for (let col = 0; col <= last; col++)
      cells.push({ row: r, col, value: r === PARAGRAPH_ROW && col === 0 ? paragraph : null, style: "paragraph", numberFormat: "@", locked: true });
  return {
    ...basePlan(sheetName, title, cells, widths, rowHeights),
    merges: [
      { top: 0, left: 0, bottom: 0, right: last },
      { top: PARAGRAPH_ROW, left: 0, bottom, right: last },
    ],
  };
}

/** Lines the text takes at `perLine` characters a line (a Chinese character is one, a Latin letter or digit half), each paragraph on a line of its own. */
function paragraphLines(text: string, perLine: number): number {
  return text.split("\n").reduce((sum, part) => {
    // Two characters of first-line indent, as the report will have.
    const width = 2 + [...part].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0);
    return sum + Math.max(1, Math.ceil(width / perLine));
  }, 0);
}
