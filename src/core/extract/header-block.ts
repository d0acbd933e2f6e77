import type { SheetSnapshot } from "../sheet";
import type { HeaderKey } from "../template/header-fields";
import { charCodes, extractCell, mayStartWith, plainText, rowWidth } from "./_lib/cell";
import type { ExtractedCell } from "./extracted-report";
import { UNIT_WORDS } from "./normalize-label";

/** The words forms use for each header field; a label starts with one of them. */
const FIELD_WORDS: Array<[HeaderKey, string[]]> = [
  ["unit", ["填报单位", "报送单位", "填表单位", "报告单位", "单位名称"]],
  ["period", ["报告期", "统计期", "填报期", "报告时间", "截至时间", "截止时间", "截至日期", "截止日期", "统计时间", "统计时段"]],
  ["unitHead", ["单位负责人", "负责人"]],
  ["statHead", ["统计负责人", "审核人"]],
  ["preparer", ["填表人", "填报人", "制表人"]],
  ["phone", ["联系电话", "电话", "联系方式"]],
  ["reportDate", ["报出日期", "填报日期", "填表日期", "报送日期"]],
];
/** The words by their first character (a UTF-16 code), in the order above: most texts start with none. */
const FIELD_WORDS_BY_INITIAL = new Map<number, Array<[HeaderKey, string]>>();
for (const [key, words] of FIELD_WORDS) {
  for (const word of words) {
    const initial = word.charCodeAt(0);
    FIELD_WORDS_BY_INITIAL.set(initial, [...(FIELD_WORDS_BY_INITIAL.get(initial) ?? []), [key, word]]);
  }
}
/** The first characters of the header field words. */
export const HEADER_FIELD_INITIALS: ReadonlySet<number> = new Set(FIELD_WORDS_BY_INITIAL.keys());
const TABLE_UNIT = /^(计量单位|金额单位|单位)[:：](.+)$/;
/** What a header block cell may start with: a field word or a table-wide unit. */
const BLOCK_INITIALS: ReadonlySet<number> = new Set([...HEADER_FIELD_INITIALS, ...charCodes("计金单")]);

export interface HeaderBlock {
  fields: Partial<Record<HeaderKey, ExtractedCell>>;
  tableUnit?: string;
  /** Rows holding a header field label, so the table reader skips them. */
  rows: Set<number>;
}

/** Whether a cell's text is a header field label ("填表人：", "联系电话"). */
export function headerFieldOf(text: string): HeaderKey | undefined {
  const candidates = FIELD_WORDS_BY_INITIAL.get(text.charCodeAt(0));
  if (!candidates) return undefined;
  // Indexed, not for-of with [key, word]: every row's label is asked, mostly before the code is optimised.
  for (let i = 0; i < candidates.length; i++) if (text.startsWith(candidates[i][1])) return candidates[i][0];
  return undefined;
}

/** What follows a label's colon ("填报单位：城关镇" → 城关镇), any later colon written ：; "" without one. */
function afterColon(text: string): string {
  const colon = text.search(/[:：]/);
  return colon < 0 ? "" : text.slice(colon + 1).replace(/[:：]/g, "：").trim();
}

/**
 * Read the header block from the given rows: "填报单位：城关镇" in one cell, or a label cell followed
 * by its value in the next filled cell to the right (merged value cells leave blanks between).
 */
export function readHeaderBlock(sheet: SheetSnapshot, rows: Iterable<number>): HeaderBlock {
  const block: HeaderBlock = { fields: {}, rows: new Set() };
  for (const row of rows) {
    const width = rowWidth(sheet, row);
    const cells = sheet.rows[row];
    for (let col = 0; col < width; col++) {
      // Empty cells are most of a wide sheet, and most others start with no field word: they hold
      // no field, so no text is made for them.
      if (cells[col] === null || cells[col] === undefined || !mayStartWith(cells[col], BLOCK_INITIALS)) continue;
      const text = plainText(sheet, row, col);
      if (!text) continue;
      const unitMatch = TABLE_UNIT.exec(text);
      if (unitMatch && UNIT_WORDS.test(unitMatch[2])) {
        block.tableUnit = unitMatch[2];
        continue;
      }
      const key = headerFieldOf(text);
      if (!key || block.fields[key]) continue;
      block.rows.add(row);
      const inline = afterColon(text);
      if (inline) {
        // "报出日期：2023年2月22日" in one cell: the value is what follows the label, as text, so a date
        // or a name is read from it alone (the whole cell would not parse as a date).
        const cell = extractCell(sheet, row, col);
        const value = afterColon(cell.text);
        block.fields[key] = { ...cell, value, text: value };
        continue;
      }
      for (let next = col + 1; next < width && next <= col + 4; next++) {
        const value = plainText(sheet, row, next);
        if (!value) continue;
        if (!headerFieldOf(value)) block.fields[key] = extractCell(sheet, row, next);
        break;
      }
      // A label with nothing after it is a blank field, which the required rule reports at its cell.
      block.fields[key] ??= extractCell(sheet, row, col + 1);
    }
  }
  return block;
}
