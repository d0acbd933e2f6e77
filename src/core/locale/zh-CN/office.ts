import type { MessageTable } from "../message-table";

/** Messages of the Office.js adapter (src/workbook/office): Excel's failures told to a clerk. */
export const officeZh = {
  "office.not-in-excel": () => "此页面不在 Excel 中运行，无法读写工作簿。请从 Excel“开始”选项卡的“打开汇报通”按钮打开。",
  "office.busy": () => "Excel 正在编辑单元格（光标还在某个单元格里）。请按 Enter 或 Esc 结束编辑，然后再试一次。",
  "office.sheet-not-found": (p: { sheet: string }) => `找不到工作表“${p.sheet}”，它可能已被删除或改名。`,
  "office.item-not-found": (p: { detail: string }) => `Excel 中找不到要操作的对象：${p.detail}`,
  "office.sheet-exists": (p: { sheet: string }) =>
    `工作表“${p.sheet}”已经存在。为免覆盖已填写的数据，没有做任何改动；如确需重新生成，请先确认替换。`,
  "office.payload-too-large": (p: { sheet: string }) =>
    `${p.sheet ? `工作表“${p.sheet}”` : "这次"}要读写的数据超过了 Excel 单次请求的上限（约 5 MB）。请分批处理或减少行数后再试。`,
  "office.unsupported-host": (p: { detail: string }) =>
    `当前 Excel 版本不支持所需的功能（${p.detail}）。请使用 Excel 2019 或更新版本、Microsoft 365 或网页版 Excel。`,
  "office.host-error": (p: { code: string; detail: string }) => `Excel 报告了错误（${p.code}）：${p.detail}`,
  "office.skipped-validation": (p: { sheet: string }) =>
    `当前 Excel 版本不支持数据验证（需要 ExcelApi 1.8），工作表“${p.sheet}”未设置输入提示和下拉选项；填好后请用“审核”检查。`,
  "office.skipped-page-layout": (p: { sheet: string }) =>
    `当前 Excel 版本不支持页面设置（需要 ExcelApi 1.9），工作表“${p.sheet}”未设置 A4 纸张、缩放和打印标题行，打印前请在“页面布局”中设置。`,
  "office.page-layout-failed": (p: { sheet: string; detail: string }) =>
    `工作表“${p.sheet}”已生成，但 Excel 未能完成页面设置（A4 纸张、缩放、打印标题行），打印前请在“页面布局”中设置。原因：${p.detail}`,
  "office.skipped-list": (p: { sheet: string; cell: string }) =>
    `工作表“${p.sheet}”${p.cell} 起的下拉选项含有英文逗号或总长超过 255 个字符，Excel 无法做成下拉列表，已改由“审核”检查。`,
} satisfies MessageTable;
