import { isCellError, type SheetSnapshot } from "../sheet";
import type { IndicatorTemplate } from "../template/types";
import { addressOf, extractCell, plainText, rowWidth, textAt } from "./_lib/cell";
import { findIndicatorHead, type IndicatorHead } from "./_lib/find-head";
import type { ExtractedIndicator, ExtractedReport, UnmatchedLabel } from "./extracted-report";
import { HEADER_FIELD_INITIALS, headerFieldOf, readHeaderBlock } from "./header-block";
import { labelIndexFor, type IndicatorLabelIndex } from "./label-index";
import { normalizeLabel } from "./normalize-label";

const NOTE_ROW = /^(注|说明|备注|填表说明)\s*\d*\s*[:：]/;

/**
 * Read an indicator table by label, never by position: find the head (or, without one, the column
 * whose labels match the template best), then match every row's label to an indicator.
 */
export function extractIndicators(template: IndicatorTemplate, sheet: SheetSnapshot): ExtractedReport {
  const index = labelIndexFor(template);
  const head = findIndicatorHead(sheet) ?? guessHead(sheet, index);
  const indicators: Record<string, ExtractedIndicator> = {};
  const unmatched: UnmatchedLabel[] = [];
  const taken = new Set<string>();
  const tableRows = new Set<number>();
  let section: number | undefined;

  for (let row = head?.dataStart ?? sheet.rows.length; head && row < sheet.rows.length; row++) {
    const label = textAt(sheet, row, head.labelCol);
    // Section headings are often merged across the row starting at the 序号 column.
    const rowLabel = label || firstText(sheet, row, 0);
    if (!rowLabel || isHeaderFieldLabel(rowLabel) || NOTE_ROW.test(rowLabel)) continue;
    const key = label ? index.match(label, section, taken) : undefined;
    if (!key) {
      const named = index.section(rowLabel);
      if (named !== undefined) section = named;
      else if (label && !isBlankRowBeyondLabel(sheet, row, head)) unmatched.push({ row, address: addressOf(row, head.labelCol), label });
      continue;
    }
    taken.add(key);
    tableRows.add(row);
    const unitText = head.unitCol !== undefined ? plainText(sheet, row, head.unitCol) : "";
    const unitOnSheet = unitText || normalizeLabel(label).unit;
    const valueCol = head.valueCol ?? numericColumnRight(sheet, row, head.labelCol, head.unitCol);
    const indicator: ExtractedIndicator = { key, label, value: extractCell(sheet, row, valueCol) };
    if (head.noteCol !== undefined) indicator.note = extractCell(sheet, row, head.noteCol);
    if (unitOnSheet) indicator.unitOnSheet = unitOnSheet;
    indicators[key] = indicator;
  }

  const outside: number[] = [];
  for (let row = 0; row < sheet.rows.length; row++) if (!tableRows.has(row)) outside.push(row);
  const block = readHeaderBlock(sheet, outside);
  return {
    templateId: template.id,
    sheet: sheet.name,
    title: firstText(sheet, 0, -1) || undefined,
    ...(block.tableUnit ? { tableUnit: block.tableUnit } : {}),
    header: block.fields,
    indicators,
    rows: [],
    unmatched: unmatched.filter((u) => !block.rows.has(u.row)),
    missing: index.allKeys().filter((k) => !taken.has(k)),
    headFound: head !== undefined,
  };
}

/** Whether a row's label (trimmed) is a header field's, spaces inside it aside (填 表 人：). */
function isHeaderFieldLabel(label: string): boolean {
  // A trimmed label starts with no space, so it starts as it would without its spaces.
  return HEADER_FIELD_INITIALS.has(label.charCodeAt(0)) && headerFieldOf(label.replace(/\s+/g, "")) !== undefined;
}

/** The first text in a row, from a column onward (or the whole row with -1). */
function firstText(sheet: SheetSnapshot, row: number, fromCol: number): string {
  const width = rowWidth(sheet, row);
  for (let col = Math.max(0, fromCol); col < width; col++) {
    if (typeof sheet.rows[row][col] !== "string") continue;
    const text = textAt(sheet, row, col);
    if (text) return text;
  }
  return "";
}

function isBlankRowBeyondLabel(sheet: SheetSnapshot, row: number, head: IndicatorHead): boolean {
  return head.valueCol !== undefined && textAt(sheet, row, head.valueCol) === "" && head.noteCol === undefined;
}

/** Without a value head: the first cell right of the label (past the unit) holding a number or any text. */
function numericColumnRight(sheet: SheetSnapshot, row: number, labelCol: number, unitCol?: number): number {
  const width = rowWidth(sheet, row);
  for (let col = labelCol + 1; col < width; col++) {
    if (col === unitCol) continue;
    const value = sheet.rows[row][col];
    if (typeof value === "number" || (value !== null && isCellError(value))) return col;
  }
  return unitCol === labelCol + 1 ? labelCol + 2 : labelCol + 1;
}

/** No recognisable head: take the column where most template labels appear. */
function guessHead(sheet: SheetSnapshot, index: IndicatorLabelIndex): IndicatorHead | undefined {
  const hits = new Map<number, { count: number; firstRow: number }>();
  sheet.rows.forEach((cells, row) =>
    cells.forEach((value, col) => {
      // A sheet with a stray value in column XFD has 16,384 cells a row, nearly all empty: skip
      // them before building an address and a text for each, or a few hundred rows take minutes.
      if (value === null || value === undefined) return;
      const text = textAt(sheet, row, col);
      if (!text || !index.match(text, undefined, new Set())) return;
      const entry = hits.get(col) ?? { count: 0, firstRow: row };
      entry.count++;
      hits.set(col, entry);
    }),
  );
  const best = [...hits.entries()].sort((a, b) => b[1].count - a[1].count)[0];
  if (!best || best[1].count < 2) return undefined;
  return { row: best[1].firstRow - 1, dataStart: 0, labelCol: best[0] };
}
