import type { MessageTable } from "../message-table";

/** Messages of the Office.js adapter (src/workbook/office): Excel's failures told to a clerk. */
export const officeZh = {
  "office.not-in-excel": () => "此页面不在 Excel 中运行，无法读写工作簿。请从 Excel“开始”选项卡的“打开汇报通”按钮打开。",
  "office.skipped-validation": (p: { sheet: string }) =>
    `当前 Excel 版本不支持数据验证（需要 ExcelApi 1.8），工作表“${p.sheet}”未设置输入提示和下拉选项；填好后请用“审核”检查。`,
  "office.skipped-page-layout": (p: { sheet: string }) =>
    `当前 Excel 版本不支持页面设置（需要 ExcelApi 1.9），工作表“${p.sheet}”未设置 A4 纸张、缩放和打印标题行，打印前请在“页面布局”中设置。`,
  "office.page-layout-failed": (p: { sheet: string; detail: string }) =>
    `工作表“${p.sheet}”已生成，但 Excel 未能完成页面设置（A4 纸张、缩放、打印标题行），打印前请在“页面布局”中设置。原因：${p.detail}`,
  "office.skipped-list": (p: { sheet: string; cell: string }) =>
    `工作表“${p.sheet}”${p.cell} 起的下拉选项含有英文逗号或总长超过 255 个字符，Excel 无法做成下拉列表，已改由“审核”检查。`,
} satisfies MessageTable;
