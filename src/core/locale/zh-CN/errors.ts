import type { MessageTable } from "../message-table";

/**
 * Failures of a workbook, worded once for the pane and the command line alike (see errorProblem):
 * one message per error code, naming the sheet or the file where it is known.
 */
export const errorsZh = {
  "error.sheet-not-found": (p: { sheet: string; file: string; detail: string }) =>
    p.sheet
      ? p.file
        ? `工作簿“${p.file}”中没有名为“${p.sheet}”的工作表。`
        : `找不到工作表“${p.sheet}”，它可能已被删除或改名。`
      : `Excel 中找不到要操作的对象：${p.detail}`,
  "error.item-not-found": (p: { sheet: string; detail: string }) =>
    `Excel 中找不到要操作的对象${p.sheet ? `（在工作表“${p.sheet}”中）` : ""}，它可能刚被删除或移动，请再试一次。${p.detail ? `（${p.detail}）` : ""}`,
  "error.inactive-workbook": () => "打开了多个工作簿，汇报通所在的工作簿已不是当前窗口。请切换回该工作簿后再试。",
  "error.invalid-selection": () => "当前选定的内容不能用于此操作（例如选了多个区域、整行整列或图表）。请单击一个单元格后再试。",
  "error.access-denied": (p: { sheet: string }) =>
    `${p.sheet ? `工作表“${p.sheet}”` : "工作簿"}受保护或为只读，无法修改。请撤销保护（审阅 › 撤销工作表保护），或以可编辑方式打开后再试。`,
  "error.bad-password": (p: { sheet: string }) =>
    `${p.sheet ? `工作表“${p.sheet}”` : "工作表"}设置了保护密码，汇报通无法撤销保护。请先在 Excel 中输入密码撤销保护，再试一次。`,
  "error.sheet-exists": (p: { sheet: string; file: string }) =>
    `${p.file ? `工作簿“${p.file}”中` : "工作簿中"}已有名为“${p.sheet}”的工作表，未作任何改动（为免覆盖已填数据，确认替换后才会重建该表）。`,
  "error.busy": () => "Excel 正处于单元格编辑状态，请先按 Enter 或 Esc 结束编辑，再重试。",
  "error.payload-too-large": (p: { sheet: string }) =>
    `${p.sheet ? `工作表“${p.sheet}”` : "这次"}要读写的数据超过了 Excel 单次请求的上限（约 5 MB）。请分批处理或减少行数后再试。`,
  "error.unsupported-host": (p: { detail: string }) => `当前 Excel 版本不支持此功能${p.detail ? `（${p.detail}）` : ""}，请使用 Microsoft 365 或较新的 Excel 版本。`,
  "error.file-unreadable": (p: { file: string }) => `无法读取文件“${p.file}”，文件可能已损坏。`,
  "error.file-too-large": (p: { file: string }) => `文件“${p.file}”过大，无法打开。`,
  "error.legacy-xls": (p: { file: string }) => `“${p.file}”是旧版 .xls 格式，请先在 Excel 中另存为 .xlsx 再打开。`,
  "error.encrypted": (p: { file: string }) => `“${p.file}”设置了打开密码，请先在 Excel 中取消密码再打开。`,
  "error.not-a-workbook": (p: { file: string }) => `“${p.file}”不是 Excel 工作簿（.xlsx）。`,
  "error.host-error": (p: { code: string; detail: string }) => `Excel 报告了错误${p.code ? `（${p.code}）` : ""}：${p.detail}`,
  "error.unexpected": (p: { detail: string }) => `操作未能完成：${p.detail}`,
} satisfies MessageTable;
