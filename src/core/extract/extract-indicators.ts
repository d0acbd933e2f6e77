import type { SheetSnapshot } from "../sheet";
import { tableCells } from "../template/table-cells";
import type { IndicatorTemplate } from "../template/types";
import { addressOf, extractCell, plainText, rowWidth, textAt } from "./_lib/cell";
import { findTableHead, headAt, type TableHead } from "./_lib/find-head";
import { matchColumns, namesAColumn } from "./_lib/match-columns";
import type { ExtractedIndicator, ExtractedReport, ExtractionProblem, UnmatchedLabel, UnplacedCell } from "./extracted-report";
import { HEADER_FIELD_INITIALS, headerFieldOf, readHeaderBlock } from "./header-block";
import { labelIndexFor, type IndicatorLabelIndex, type SectionState } from "./label-index";
import { normalizeLabel, UNIT_WORDS } from "./normalize-label";

const NOTE_ROW = /^(注|说明|备注|填表说明)\s*\d*\s*[:：]/;
/** A row that says only 其中： — its parts follow on the rows below, it names no row itself. */
const BREAKDOWN_MARKER = /^(其中|内含|包括)\s*[:：]?$/;
/** A heading's numbering: 一、 （一） 第一部分 — a row so numbered that names no row of the form is a section the form does not know. */
const HEADING = /^([一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|第[一二三四五六七八九十]+[部分类项])/;

/**
 * Read an indicator table by its two axes, never by position: the 主栏 label of each row names a row
 * of the form (a label that repeats across sections is placed by the section heading above it), the
 * head of each column names a column of the 宾栏 (with the group head above it where a head spans two
 * rows). Every filled cell of the table is read as a value, or kept with the reason it was not: a
 * label the form does not know, a label its section does not tell apart, a row met twice, a column the
 * form does not have or finds twice, a cell the form leaves blank (—).
 */
export function extractIndicators(template: IndicatorTemplate, sheet: SheetSnapshot): ExtractedReport {
  const index = labelIndexFor(template);
  const shape = tableCells(template);
  const head = findTableHead(sheet, template.stubHead ? [template.stubHead] : []) ?? headFromLabels(sheet, index, template);
  const indicators: Record<string, ExtractedIndicator> = {};
  const unmatched: UnmatchedLabel[] = [];
  const unplaced: UnplacedCell[] = [];
  const problems: ExtractionProblem[] = [];
  const seenRows = new Map<string, string>();
  const tableRows = new Set<number>();
  const columns = head ? matchColumns(template, head) : undefined;
  if (columns) problems.push(...columns.problems);
  let section: SectionState;

  const rejectRow = (row: number, reason: UnplacedCell["reason"]) => {
    for (const c of head?.columns ?? []) {
      const cell = extractCell(sheet, row, c.col);
      if (cell.text) unplaced.push({ row, col: c.col, address: cell.address, text: cell.text, reason });
    }
  };

  for (let row = head?.dataStart ?? sheet.rows.length; head && columns && row < sheet.rows.length; row++) {
    const label = textAt(sheet, row, head.labelCol);
    // Section headings are often merged across the row starting at the 序号 column.
    const rowLabel = label || firstText(sheet, row, 0);
    if (!rowLabel || isHeaderFieldLabel(rowLabel) || NOTE_ROW.test(rowLabel) || (BREAKDOWN_MARKER.test(rowLabel) && !hasValues(sheet, row, head))) continue;
    const unitText = head.unitCol !== undefined ? plainText(sheet, row, head.unitCol) : "";
    const rowUnit = unitText || normalizeLabel(label).unit;
    const match = label ? index.match(label, section, rowUnit) : undefined;
    if (!match) {
      const named = index.section(rowLabel);
      if (named !== undefined) section = named;
      else if (HEADING.test(rowLabel) && !hasValues(sheet, row, head)) section = "unknown";
      else if (label && hasValues(sheet, row, head)) {
        unmatched.push({ row, address: addressOf(row, head.labelCol), label });
        rejectRow(row, { code: "extract.unmatched-label", params: { label } });
      } else if (label && !hasValues(sheet, row, head) && head.noteCol !== undefined) {
        unmatched.push({ row, address: addressOf(row, head.labelCol), label });
      }
      continue;
    }
    if ("ambiguous" in match) {
      const candidates = match.ambiguous.map((key) => sectionTitleOf(template, key) ?? key).join("、");
      rejectRow(row, { code: "extract.ambiguous-label", params: { label, candidates } });
      problems.push({ code: "extract.ambiguous-label", params: { label, candidates }, address: addressOf(row, head.labelCol) });
      continue;
    }
    const first = seenRows.get(match.key);
    if (first) {
      rejectRow(row, { code: "extract.duplicate-row", params: { label, first } });
      problems.push({ code: "extract.duplicate-row", params: { label, first }, address: addressOf(row, head.labelCol) });
      continue;
    }
    seenRows.set(match.key, addressOf(row, head.labelCol));
    tableRows.add(row);
    const note = head.noteCol !== undefined ? extractCell(sheet, row, head.noteCol) : undefined;
    for (const c of head.columns) {
      const column = columns.byCol.get(c.col);
      const cell = extractCell(sheet, row, c.col);
      if (!column || column.kind !== "placed") {
        if (!cell.text) continue;
        const reason = column?.reason ?? { code: "extract.unknown-column", params: { head: c.leaf } };
        unplaced.push({ row, col: c.col, address: cell.address, text: cell.text, reason });
        // A column the form does not have is named once, at its head, when it holds something.
        if (reason.code === "extract.unknown-column" && !problems.some((p) => p.address === c.address)) problems.push({ ...reason, address: c.address });
        continue;
      }
      const key = shape.keyOf(match.key, column.key);
      if (key === undefined) {
        if (cell.text && !isDash(cell.text)) unplaced.push({ row, col: c.col, address: cell.address, text: cell.text, reason: { code: "extract.not-filled", params: { label, column: c.leaf } } });
        continue;
      }
      const indicator: ExtractedIndicator = { key, label, value: cell };
      if (note) indicator.note = note;
      // The row's unit (次, %) is its figures', not their change's. A change column's head says (%) for the
      // whole column, yet a rate's row in it holds 本期 − 上年同期 in 个百分点, as the form's own formula
      // computes it and as the table model states (tableCells): the template's unit stands there.
      const change = shape.byKey.get(key)?.change;
      const unitOnSheet = change ? (change.points ? undefined : column.unit) : (column.unit ?? rowUnit);
      if (unitOnSheet) indicator.unitOnSheet = unitOnSheet;
      indicators[key] = indicator;
    }
  }

  const outside: number[] = [];
  for (let row = 0; row < sheet.rows.length; row++) if (!tableRows.has(row)) outside.push(row);
  const block = readHeaderBlock(sheet, outside);
  const missingColumns = columns?.missing ?? [];
  return {
    templateId: template.id,
    sheet: sheet.name,
    title: firstText(sheet, 0, -1) || undefined,
    ...(block.tableUnit ? { tableUnit: block.tableUnit } : {}),
    header: block.fields,
    indicators,
    rows: [],
    unmatched: unmatched.filter((u) => !block.rows.has(u.row)),
    unplaced: unplaced.filter((u) => !block.rows.has(u.row)),
    problems,
    missing: [...shape.byKey.keys()].filter((k) => !Object.hasOwn(indicators, k)),
    missingRows: index.allKeys().filter((k) => !seenRows.has(k)),
    missingColumns,
    headFound: head !== undefined,
  };
}

/** Whether a row has any text or number in the table's value columns. */
function hasValues(sheet: SheetSnapshot, row: number, head: TableHead): boolean {
  return head.columns.some((c) => textAt(sheet, row, c.col) !== "") || (head.noteCol !== undefined && textAt(sheet, row, head.noteCol) !== "");
}

/** A dash or slash printed in a cell the form leaves blank. */
function isDash(text: string): boolean {
  return /^[-—–－/／、\\]+$/.test(text);
}

function sectionTitleOf(template: IndicatorTemplate, key: string): string | undefined {
  const row = tableCells(template).rows.find((r) => r.indicator.key === key);
  return row?.sectionTitle ? `${row.sectionTitle}·${row.indicator.label}` : undefined;
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

/**
 * No recognisable 主栏 head: the column where most of the form's labels appear is the 主栏, and the
 * row above the first of them is the head when it names a column of the form; otherwise the table has
 * no head at all.
 */
function headFromLabels(sheet: SheetSnapshot, index: IndicatorLabelIndex, template: IndicatorTemplate): TableHead | undefined {
  const hits = new Map<number, { count: number; firstRow: number }>();
  sheet.rows.forEach((cells, row) =>
    cells.forEach((value, col) => {
      // A sheet with a stray value in column XFD has 16,384 cells a row, nearly all empty: skip
      // them before building an address and a text for each, or a few hundred rows take minutes.
      if (value === null || value === undefined || typeof value !== "string") return;
      const text = textAt(sheet, row, col);
      if (!text || !index.knows(text)) return;
      const entry = hits.get(col) ?? { count: 0, firstRow: row };
      entry.count++;
      hits.set(col, entry);
    }),
  );
  const best = [...hits.entries()].sort((a, b) => b[1].count - a[1].count)[0];
  if (!best || best[1].count < 2) return undefined;
  const [labelCol, { firstRow }] = best;
  if (firstRow === 0) return headless(sheet, labelCol, index);
  const head = headAt(sheet, firstRow - 1, labelCol, firstRow - 1);
  return head.columns.some((c) => namesAColumn(template, c.leaf)) ? head : headless(sheet, labelCol, index);
}

/**
 * A table with no head row at all: its columns have no names, so each column right of the labels that
 * holds a value is an unnamed column (the form's one value column can take it only when it is the one);
 * a column of unit words only (家, 万元) is the 计量单位.
 */
function headless(sheet: SheetSnapshot, labelCol: number, index: IndicatorLabelIndex): TableHead {
  const cols = new Map<number, boolean>();
  sheet.rows.forEach((cells, row) => {
    // Only rows the form names: a header line or the signature block beside the table holds no values.
    if (!index.knows(textAt(sheet, row, labelCol))) return;
    for (let col = labelCol + 1; col < cells.length; col++) {
      const value = cells[col];
      if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) continue;
      const unitWord = typeof value === "string" && UNIT_WORDS.test(textAt(sheet, row, col).normalize("NFKC"));
      cols.set(col, (cols.get(col) ?? true) && unitWord);
    }
  });
  const head: TableHead = { row: -1, dataStart: 0, labelCol, columns: [] };
  for (const [col, units] of [...cols.entries()].sort((a, b) => a[0] - b[0])) {
    if (units && head.unitCol === undefined) head.unitCol = col;
    else head.columns.push({ col, leaf: "", address: addressOf(0, col) });
  }
  return head;
}
