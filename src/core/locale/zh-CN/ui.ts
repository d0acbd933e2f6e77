import type { MessageTable } from "../message-table";

/** The task pane's frame: the app, its tabs, the workbook of the browser page, report sheets, writing sheets. */
export const uiZh = {
  "ui.app-title": () => "汇报通",

  "ui.mode-excel": () => "Excel",

  "ui.mode-browser": () => "浏览器模式",

  "ui.starting": () => "正在启动…",

  "ui.cancel": () => "取消",

  "ui.dismiss": () => "关闭",

  "ui.browser-hint": () => "未在 Excel 中运行：可新建工作簿或打开 .xlsx 文件，填好后点击“下载”保存到本机。",

  "ui.workbook.new": () => "新建工作簿",
  "ui.workbook.open": () => "打开 .xlsx",
  "ui.workbook.download": () => "下载",
  "ui.workbook.current": (p: { name: string }) => `当前工作簿：${p.name}`,
  "ui.workbook.none": () => "尚未打开工作簿。",
  "ui.workbook.default-name": () => "汇报通工作簿.xlsx",
  "ui.workbook.loading": () => "正在准备工作簿…",
  "ui.workbook.opening": (p: { name: string }) => `正在打开“${p.name}”…`,
  "ui.workbook.opened": (p: { name: string }) => `已打开“${p.name}”。`,
  "ui.workbook.created": () => "已新建空白工作簿。",
  "ui.workbook.downloading": (p: { name: string }) => `正在生成“${p.name}”…`,
  "ui.workbook.downloaded": (p: { name: string }) => `已下载“${p.name}”。`,
  "ui.workbook.unsaved": () => "工作簿有尚未下载的修改。",

  "ui.sheet.label": () => "报表工作表",
  "ui.sheet.placeholder": () => "选择要填报的工作表",
  "ui.sheet.none": () => "工作簿中还没有由模板创建的报表，请先在上方选择模板并创建报表；若是上级下发的表式，可在下方“识别当前表”。",
  "ui.sheet.unbound": (p: { sheet: string }) => `当前工作表“${p.sheet}”不是由模板创建的。请切换到报表工作表，或在上方选择模板创建报表；若它是上级下发的表式，可在下方“识别当前表”。`,
  "ui.sheet.template-unreadable": (p: { sheet: string; id: string }) =>
    `工作表“${p.sheet}”记录的模板（${p.id}）无法读取，也不是内置模板，无法生成表单。`,
  "ui.sheet.loading": () => "正在读取工作簿中的报表…",

  "ui.tab.label": () => "功能",
  "ui.tab.fill": () => "填报",
  "ui.tab.audit": () => "审核",
  "ui.tab.consolidate": () => "汇总",

  "ui.write.partly-written": (p: { sheets: string }) => `已新建的工作表：${p.sheets}，可在 Excel 中手动删除后重试。`,
  "ui.sheet.summary": (p: { sheet: string }) => `工作表“${p.sheet}”是汇总表，由各单位的报表汇总而来，不是单位的填报表，不在这里修改。`,
  "ui.sheet.summary-narrate": () => "生成综述",
  "ui.workbook.restored": (p: { name: string; time: string }) => `已恢复上次未下载的工作簿“${p.name}”（${p.time} 的内容）。请记得点击“下载”保存到本机。`,
  "ui.workbook.kept": () => "工作簿有尚未下载的修改，已暂存在本浏览器中（刷新页面可恢复）；请及时点击“下载”保存到本机。",
  "ui.workbook.leave": () => "工作簿有尚未下载的修改，离开前请先下载。",
  "ui.workbook.switch-title": (p: { name: string }) => `“${p.name}”尚未下载`,
  "ui.workbook.switch-body": (p: { name: string; next: string }) => `打开“${p.next}”会关闭当前工作簿“${p.name}”，它有尚未下载的修改。`,
  "ui.workbook.switch-download": () => "先下载，再打开",
  "ui.workbook.switch-discard": () => "不下载，直接打开",
  "ui.boot.office-slow": (p: { seconds: number }) =>
    `已等待 ${p.seconds} 秒，仍未连上 Excel（office.js 未加载完成）。若本机在内网、访问不了微软的服务器，可以改用浏览器模式：新建或打开 .xlsx 文件，填好后下载。`,
  "ui.boot.use-browser": () => "改用浏览器模式",
} satisfies MessageTable;
