import { isCellError, type SheetSnapshot } from "../sheet";
import type { IndicatorTemplate } from "../template/types";
import { extractCell, plainText, rowWidth } from "./_lib/cell";
import { findIndicatorHead, type IndicatorHead } from "./_lib/find-head";
import type { ExtractedIndicator, ExtractedReport, UnmatchedLabel } from "./extracted-report";
import { headerFieldOf, readHeaderBlock } from "./header-block";
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
    const labelCell = extractCell(sheet, row, head.labelCol);
    // Section headings are often merged across the row starting at the 序号 column.
    const rowLabel = labelCell.text || firstText(sheet, row, 0);
    if (!rowLabel || headerFieldOf(rowLabel.replace(/\s+/g, "")) || NOTE_ROW.test(rowLabel)) continue;
    const key = labelCell.text ? index.match(labelCell.text, section, taken) : undefined;
    if (!key) {
      const named = index.section(rowLabel);
      if (named !== undefined) section = named;
      else if (labelCell.text && !isBlankRowBeyondLabel(sheet, row, head)) unmatched.push({ row, address: labelCell.address, label: labelCell.text });
      continue;
    }
    taken.add(key);
    tableRows.add(row);
    const unitText = head.unitCol !== undefined ? plainText(sheet, row, head.unitCol) : "";
    const unitOnSheet = unitText || normalizeLabel(labelCell.text).unit;
    const valueCol = head.valueCol ?? numericColumnRight(sheet, row, head.labelCol, head.unitCol);
    indicators[key] = {
      key,
      label: labelCell.text,
      value: extractCell(sheet, row, valueCol),
      ...(head.noteCol !== undefined ? { note: extractCell(sheet, row, head.noteCol) } : {}),
      ...(unitOnSheet ? { unitOnSheet } : {}),
    };
  }

  const outside = [...Array(sheet.rows.length).keys()].filter((r) => !tableRows.has(r));
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

/** The first text in a row, from a column onward (or the whole row with -1). */
function firstText(sheet: SheetSnapshot, row: number, fromCol: number): string {
  const width = rowWidth(sheet, row);
  for (let col = Math.max(0, fromCol); col < width; col++) {
    if (typeof sheet.rows[row][col] !== "string") continue;
    const text = extractCell(sheet, row, col).text;
    if (text) return text;
  }
  return "";
}

function isBlankRowBeyondLabel(sheet: SheetSnapshot, row: number, head: IndicatorHead): boolean {
  return head.valueCol !== undefined && extractCell(sheet, row, head.valueCol).text === "" && head.noteCol === undefined;
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
      const text = extractCell(sheet, row, col).text;
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
