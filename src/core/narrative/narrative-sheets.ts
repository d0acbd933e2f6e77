import type { PlannedCell, SheetPlan } from "../layout/sheet-plan";
import { message } from "../locale";
import { cellText } from "../form/cell-text";
import type { SheetSnapshot } from "../sheet";
import type { ReportTemplate } from "../template/types";
import type { NarrativeInput } from "./generate/narrative-input";

/** The summary's narrative data, kept very hidden so `huibao narrate` and the pane can write the paragraph again. */
export const NARRATIVE_DATA_SHEET = "_huibao_narrative";

/** The sheet the paragraph is written to: 综述, or 综述(2) beside one already there. */
export const NARRATIVE_SHEET = "综述";

/** Excel caps a cell at 32,767 characters. */
const CHUNK = 30000;
const VERSION = 1;

function basePlan(sheetName: string, cells: PlannedCell[], widths: number[]): SheetPlan {
  return {
    sheetName,
    templateId: "",
    templateVersion: "",
    columnWidths: widths,
    rowHeights: {},
    cells,
    merges: [],
    validations: [],
    freeze: { rows: 0, columns: 0 },
    print: { paperSize: "A4", orientation: "portrait", fitToWidth: true, titleRows: { first: 0, last: 0 } },
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
  return { ...basePlan(NARRATIVE_DATA_SHEET, cells, [20]), veryHidden: true };
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

/** The 综述 sheet: the form's title with 综述 and the paragraph in one wrapped cell across the page, ready to print or copy. */
export function planNarrativeSheet(template: Pick<ReportTemplate, "title">, paragraph: string, sheetName = NARRATIVE_SHEET): SheetPlan {
  const title = message("narrative.sheet-title", { title: template.title });
  const width = 8;
  const cells: PlannedCell[] = [{ row: 0, col: 0, value: title, style: "title", locked: true }];
  for (let col = 1; col < width; col++) cells.push({ row: 0, col, value: null, style: "title", locked: true });
  for (let col = 0; col < width; col++) cells.push({ row: 2, col, value: col === 0 ? paragraph : null, style: "paragraph", numberFormat: "@", locked: true });
  // About 40 Chinese characters to a line across eight columns of width 11; 18 points a line.
  const lines = Math.max(1, Math.ceil(paragraph.length / 40));
  return {
    ...basePlan(sheetName, cells, Array(width).fill(11)),
    rowHeights: { 0: 32, 2: Math.min(409, lines * 18 + 6) },
    merges: [
      { top: 0, left: 0, bottom: 0, right: width - 1 },
      { top: 2, left: 0, bottom: 2, right: width - 1 },
    ],
  };
}
