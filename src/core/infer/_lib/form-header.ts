import { cellText } from "../../form/cell-text";
import { cellAddress, type SheetSnapshot } from "../../sheet";
import type { PeriodKind } from "../../template/types";
import { headerFieldOf } from "../../extract/header-block";
import { unitWord } from "./label-parts";

/** What a form states above its table: its title, 表号, 制表机关, a table-wide unit, and whether it asks for a 报告期 or a 截至时间. */
export interface FormHeader {
  title?: string;
  titleCell?: string;
  tableNo?: string;
  issuer?: string;
  tableUnit?: string;
  periodKind: PeriodKind;
}

const TABLE_NO = /^表\s*号\s*[:：]\s*(.*)$/;
const ISSUER = /^(制表机关|制表单位|制定机关|下发单位)\s*[:：]\s*(.*)$/;
const TABLE_UNIT = /^(计量单位|金额单位|单位)\s*[:：]\s*(.+)$/;
const AS_OF = /截至|截止|时点/;

/**
 * The header block above the head, cell by cell: a label and its value in one cell ("表号：物资1表")
 * or in the next filled cell ("表号" | "物资1表"); several fields may share a line ("制表机关：… 表号：…").
 * The title is the first text that is none of these and no header field (填报单位（盖章）：…).
 */
export function readFormHeader(sheet: SheetSnapshot, headRow: number): FormHeader {
  const header: FormHeader = { periodKind: "period" };
  for (let row = 0; row < headRow; row++) {
    const cells = sheet.rows[row] ?? [];
    for (let col = 0; col < cells.length; col++) {
      const text = cellText(cells[col]).trim();
      if (!text) continue;
      const next = () => nextText(cells, col);
      // Several fields on one line are parted by wide spaces ("制表机关：县指挥部", two full-width spaces, "表号：物资1表").
      for (const part of text.split(/[\u3000]{1,}|\s{2,}/).filter(Boolean)) {
        const plain = part.replace(/\s+/g, "");
        const tableNo = TABLE_NO.exec(plain);
        const issuer = ISSUER.exec(plain);
        const unit = TABLE_UNIT.exec(plain);
        if (tableNo) header.tableNo ??= tableNo[1] || next();
        else if (issuer) header.issuer ??= issuer[2] || next();
        else if (unit && unitWord(unit[2])) header.tableUnit ??= unitWord(unit[2]);
        else if (/^(计量单位|金额单位)[:：]?$/.test(plain) && unitWord(next() ?? "")) header.tableUnit ??= unitWord(next() ?? "");
        else if (headerFieldOf(plain)) {
          if (headerFieldOf(plain) === "period" && AS_OF.test(plain)) header.periodKind = "as-of";
        } else if (!header.title && !/^[:：]/.test(plain) && plain.length >= 2 && !isValueOfLabel(cells, col)) {
          header.title = plain;
          header.titleCell = cellAddress(row, col);
        }
        if (AS_OF.test(plain) && /时|日/.test(plain)) header.periodKind = "as-of";
      }
    }
  }
  return header;
}

/** The first text right of a cell (a label's value in the next cells). */
function nextText(cells: readonly unknown[], col: number): string | undefined {
  for (let c = col + 1; c < cells.length && c <= col + 4; c++) {
    const text = cellText(cells[c] as never).trim();
    if (text) return text.replace(/\s+/g, "");
  }
  return undefined;
}

/** Whether the cell is the value of a label in the cell to its left ("填报单位：" | "城关镇"). */
function isValueOfLabel(cells: readonly unknown[], col: number): boolean {
  for (let c = col - 1; c >= 0 && c >= col - 4; c--) {
    const text = cellText(cells[c] as never).trim().replace(/\s+/g, "");
    if (!text) continue;
    return /[:：]$/.test(text) || headerFieldOf(text) !== undefined || TABLE_NO.test(text + "：") || ISSUER.test(text + "：");
  }
  return false;
}
