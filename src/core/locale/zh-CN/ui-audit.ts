import type { MessageTable } from "../message-table";

/** The task pane's 审核 view. */
export const uiAuditZh = {
  "ui.audit.heading": () => "审核",
  "ui.audit.scope": () => "审核范围",
  "ui.audit.scope-sheet": (p: { sheet: string }) => `当前工作表“${p.sheet}”`,
  "ui.audit.scope-sheet-none": () => "当前工作表（尚未选择报表）",
  "ui.audit.scope-workbook": () => "工作簿中的全部报表",
  "ui.audit.run": () => "审核",
  "ui.audit.rerun-hint": () => "修改后可再次审核，上次的标注会先清除。",
  "ui.audit.running-sheet": (p: { sheet: string }) => `正在审核工作表“${p.sheet}”…`,
  "ui.audit.running-workbook": () => "正在审核工作簿中的全部报表…",
  "ui.audit.no-workbook": () => "请先在“填报”中新建工作簿或打开 .xlsx 文件，再进行审核。",
  "ui.audit.not-a-report": (p: { sheet: string }) => `工作表“${p.sheet}”不是由模板创建的，也无法识别为内置表式，无法审核。`,
  "ui.audit.no-reports": () => "工作簿中没有由模板创建的报表工作表，无法审核。",
  "ui.audit.passed": (p: { sheets: string }) => `审核通过：${p.sheets}未发现问题。`,
  "ui.audit.summary": (p: { sheets: string; error: number; verify: number; hint: number }) =>
    `已审核${p.sheets}：错误 ${p.error} 条、核实 ${p.verify} 条、提示 ${p.hint} 条。问题单元格已在工作表上标注底色和批注。`,
  "ui.audit.mark-failed": (p: { detail: string }) => `问题已列出，但未能在工作表上标注：${p.detail}`,
  "ui.audit.browser-hint": () =>
    "点击问题可转到“填报”中的对应栏目；问题单元格已在工作簿中标注，下载后可在 Excel 中查看。",
  "ui.audit.group": (p: { severity: string; count: number }) => `${p.severity}（${p.count}）`,
  // The field as the form names it (the form shows no cell addresses; a click on the finding goes to
  // the field, or in Excel selects the cell); the cell only where no field is known.
  "ui.audit.location": (p: { field?: string; sheet: string; cell: string }) =>
    p.field ? `位置：${p.field}（工作表“${p.sheet}”）` : `位置：工作表“${p.sheet}” ${p.cell}`,
  "ui.audit.location-file": (p: { field?: string; file: string; sheet: string; cell: string }) =>
    p.field ? `位置：${p.field}（“${p.file}”工作表“${p.sheet}”）` : `位置：“${p.file}”工作表“${p.sheet}” ${p.cell}`,
  "ui.audit.fix": (p: { fix: string }) => `建议：${p.fix}`,
  "ui.audit.accept": () => "填写说明并确认",
  "ui.audit.note-label": (p: { cell: string }) => `核实说明（写入备注 ${p.cell}）`,
  "ui.audit.note-hint": () => "写明数据变化或差异的原因，如“新增两个卡口”。",
  "ui.audit.note-existing": (p: { cell: string; text: string }) => `备注 ${p.cell} 已有：${p.text}`,
  "ui.audit.note-write": () => "写入备注",
  "ui.audit.note-writing": (p: { sheet: string; cell: string }) => `正在把说明写入工作表“${p.sheet}” ${p.cell}…`,
  "ui.audit.note-written": (p: { sheet: string; cell: string }) => `已把说明写入工作表“${p.sheet}”的备注 ${p.cell}。`,
  "ui.audit.accepted": (p: { cell: string; note: string }) => `已说明（备注 ${p.cell}）：${p.note}`,
  "ui.audit.unsaved": (p: { sheets: string }) => `“填报”中有未保存的修改（${p.sheets}）：审核时会先保存到工作表，再审核。`,
  "ui.audit.saved-first": (p: { sheets: string }) => `已先把“填报”中未保存的修改保存到${p.sheets}。`,
} satisfies MessageTable;
