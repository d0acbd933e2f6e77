import type { SheetSnapshot } from "../../sheet";
import { isNoteHead } from "../note-heads";
import { mergeBottom, plainText, rowWidth } from "./cell";

const LABEL_HEADS = new Set(["指标名称", "指标", "项目", "项目名称", "名称", "内容", "统计指标"]);
/** Value heads, best first: 本期 before 累计 (a cumulative column is read only when it is the only one). */
const VALUE_HEADS = ["数值", "本期数", "本期", "本期数值", "填报数", "数量", "本日数", "本月数", "当日", "合计", "累计数", "累计", "计"];
const UNIT_HEADS = new Set(["计量单位", "单位"]);

export interface IndicatorHead {
  row: number;
  /** The first row of data, below a head that may span several rows through merged cells. */
  dataStart: number;
  labelCol: number;
  valueCol?: number;
  unitCol?: number;
  noteCol?: number;
}

const SEARCH_ROWS = 30;

/** The head of an indicator table: 指标名称 with 数值 (or 本期数…), 计量单位 and 备注 beside it. */
export function findIndicatorHead(sheet: SheetSnapshot): IndicatorHead | undefined {
  const last = Math.min(sheet.rows.length, SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const width = rowWidth(sheet, row);
    for (let col = 0; col < width; col++) {
      // Heads are text; skipping the other cells keeps a 16,384-column row cheap.
      if (typeof sheet.rows[row][col] !== "string" || !LABEL_HEADS.has(plainText(sheet, row, col))) continue;
      const bottom = Math.max(row, mergeBottom(sheet, row, col));
      const head: IndicatorHead = { row, dataStart: bottom + 1, labelCol: col };
      let valueRank = Infinity;
      // Value heads may sit in the head row or, under a merged group head, in the rows below it.
      for (let r = row; r <= bottom + 1 && r < sheet.rows.length; r++) {
        for (let c = col + 1; c < rowWidth(sheet, r); c++) {
          const text = plainText(sheet, r, c);
          const rank = VALUE_HEADS.indexOf(text);
          if (rank >= 0 && rank < valueRank) {
            valueRank = rank;
            head.valueCol = c;
            if (r > bottom) head.dataStart = r + 1;
          }
          if (UNIT_HEADS.has(text) && head.unitCol === undefined) head.unitCol = c;
          if (head.noteCol === undefined && isNoteHead(text)) head.noteCol = c;
        }
      }
      return head;
    }
  }
  return undefined;
}
