import { cellAt, type SheetSnapshot } from "../../sheet";
import { normalizeLabel } from "../normalize-label";
import { isNoteHead } from "../note-heads";
import { addressOf, plainText, rowWidth } from "./cell";

/** Heads of the 主栏 (the column of row labels), as offices print them. */
export const STUB_HEADS: ReadonlySet<string> = new Set([
  "指标名称",
  "指标",
  "项目",
  "项目名称",
  "名称",
  "内容",
  "统计指标",
  "类别",
  "企业类别",
  "行业",
  "行业类别",
  "分类",
  "物资名称",
  "品名",
]);
export const UNIT_HEADS: ReadonlySet<string> = new Set(["计量单位", "单位"]);
const SERIAL_HEADS: ReadonlySet<string> = new Set(["序号", "编号", "行次", "代码"]);

/** A value column of the sheet's head: its text at the bottom of the head, and the group head above it. */
export interface HeadColumn {
  col: number;
  /** The head's own text (the lowest text in the head rows), plain. */
  leaf: string;
  /** The text of a merged head spanning it and its neighbours, above the leaf. */
  group?: string;
  address: string;
}

export interface TableHead {
  /** The first row of the head. */
  row: number;
  /** The first row of data, below a head that may span several rows through merged cells. */
  dataStart: number;
  labelCol: number;
  unitCol?: number;
  noteCol?: number;
  serialCol?: number;
  /** Every other column with a head, right of the labels. */
  columns: HeadColumn[];
}

const SEARCH_ROWS = 30;

/**
 * The plain text a cell shows, counting a merged cell's text in every cell it covers. A cell with text
 * of its own under a merge (a file written by a program, not by Excel) keeps it.
 */
function shownText(sheet: SheetSnapshot, row: number, col: number): { text: string; span?: { left: number; right: number; top: number } } {
  const own = plainText(sheet, row, col);
  const merge = sheet.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
  if (!merge || (own && (merge.top !== row || merge.left !== col))) return { text: own };
  return { text: plainText(sheet, merge.top, merge.left), span: { left: merge.left, right: merge.right, top: merge.top } };
}

/** A 斜线 head (项目\指标, "类别  指标" on two lines) names the 主栏 by its first word. */
function isStubHead(text: string, extra: ReadonlySet<string>): boolean {
  if (STUB_HEADS.has(text) || extra.has(text)) return true;
  const first = text.split(/[\\/／＼\n]/)[0];
  return first !== text && (STUB_HEADS.has(first) || extra.has(first));
}

/**
 * The head of an indicator table: the 主栏's head (指标名称, 项目, 企业类别, a 斜线 head…) and, right of
 * it, every column's head — the lowest text of the head rows, with the text of a merged group head
 * above it (企业复工情况 over 企业总数 / 已复工 / 复工率). 计量单位, 备注 and 序号 are told apart.
 */
export function findTableHead(sheet: SheetSnapshot, stubHeads: readonly string[] = []): TableHead | undefined {
  const extra = new Set(stubHeads.map((h) => h.normalize("NFKC").replace(/\s+/g, "")));
  const last = Math.min(sheet.rows.length, SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const width = rowWidth(sheet, row);
    for (let col = 0; col < width; col++) {
      // Heads are text; skipping the other cells keeps a 16,384-column row cheap.
      if (typeof sheet.rows[row][col] !== "string") continue;
      if (!isStubHead(plainText(sheet, row, col), extra)) continue;
      return headAt(sheet, row, col);
    }
  }
  return undefined;
}

/**
 * The last row of a head starting at `row`: as far down as the 主栏 head's merge reaches, and one row
 * further under a group head that spans columns (its columns' own heads sit below it).
 */
function headBottom(sheet: SheetSnapshot, row: number, labelCol: number): number {
  let bottom = Math.max(row, sheet.merges.find((m) => m.top === row && m.left === labelCol)?.bottom ?? row);
  // A merge reaching into the table (a row with its own label, a serial number or a section heading) ends the head above it.
  for (let r = row + 1; r <= bottom; r++) {
    if (cellAt(sheet, r, labelCol) !== null || typeof cellAt(sheet, r, 0) === "number" || /^[一二三四五六七八九十]+、/.test(plainText(sheet, r, 0))) {
      bottom = r - 1;
      break;
    }
  }
  for (let grown = true; grown && bottom < row + 3; ) {
    grown = false;
    const group = sheet.merges.find((m) => m.top >= row && m.bottom === bottom && m.right > m.left && m.left > labelCol);
    if (group && bottom + 1 < sheet.rows.length && plainText(sheet, bottom + 1, labelCol) === "") {
      bottom++;
      grown = true;
    }
  }
  return bottom;
}

/** The head whose 主栏 head is at (row, labelCol). */
export function headAt(sheet: SheetSnapshot, row: number, labelCol: number, lastHeadRow?: number): TableHead {
  const merge = sheet.merges.find((m) => m.top === row && m.left === labelCol);
  const bottom = lastHeadRow ?? headBottom(sheet, row, labelCol);
  const head: TableHead = { row, dataStart: bottom + 1, labelCol, columns: [] };
  const width = Math.max(...Array.from({ length: bottom - row + 1 }, (_, i) => rowWidth(sheet, row + i)));
  for (let col = 0; col < width; col++) {
    if (col === labelCol || (merge && col >= merge.left && col <= merge.right)) continue;
    // From the bottom of the head up: the first text is the column's own head, a text above it that
    // spans more columns is its group.
    let leaf = "";
    let leafRow = bottom;
    let group: string | undefined;
    for (let r = bottom; r >= row; r--) {
      const shown = shownText(sheet, r, col);
      if (!shown.text) continue;
      if (!leaf) {
        leaf = shown.text;
        leafRow = shown.span?.top ?? r;
      } else if (shown.text !== leaf && shown.span && shown.span.right > shown.span.left) {
        group = shown.text;
        break;
      }
    }
    if (!leaf) continue;
    const name = normalizeLabel(leaf).key;
    if (col < labelCol) {
      if (SERIAL_HEADS.has(leaf) || SERIAL_HEADS.has(name)) head.serialCol ??= col;
      continue;
    }
    if (UNIT_HEADS.has(leaf) && head.unitCol === undefined) head.unitCol = col;
    else if (isNoteHead(leaf) && head.noteCol === undefined) head.noteCol = col;
    else if (SERIAL_HEADS.has(leaf)) head.serialCol ??= col;
    else head.columns.push({ col, leaf, ...(group ? { group } : {}), address: addressOf(leafRow, col) });
  }
  return head;
}
