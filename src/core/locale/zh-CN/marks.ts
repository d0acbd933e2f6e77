import type { MessageTable } from "../message-table";

/** Messages of the audit marks on the sheet (src/workbook finding markers): the cell notes and refusals. */
export const marksZh = {
  "marks.note-line": (p: { severity: string; message: string }) => `【${p.severity}】${p.message}`,
  "marks.note-line-fix": (p: { severity: string; message: string; fix: string }) => `【${p.severity}】${p.message}（建议：${p.fix}）`,
  "marks.note-empty": (p: { sheet: string; cell: string }) =>
    `工作表“${p.sheet}”${p.cell}：核实说明不能为空，请写明数据变化或差异的原因后再确认。`,
  "marks.bad-cell": (p: { sheet: string; cell: string }) => `工作表“${p.sheet}”中的“${p.cell}”不是有效的单元格地址。`,
} satisfies MessageTable;
