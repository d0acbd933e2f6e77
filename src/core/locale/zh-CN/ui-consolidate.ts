import type { MessageTable } from "../message-table";

/** "34 个单位", or "34 个单位中 33 个填报" when some units left the indicator blank. */
const unitsFilled = (count: number, of: number): string => (count === of ? `${count} 个单位` : `${of} 个单位中 ${count} 个填报`);

/** The task pane's 汇总 view. */
export const uiConsolidateZh = {
  "ui.consolidate.heading": () => "汇总",
  "ui.consolidate.inputs": () => "各单位报表",
  "ui.consolidate.drop-here": () => "把各单位报来的 .xlsx 文件拖到这里（可一次多个），或",
  "ui.consolidate.pick-files": () => "选择文件",
  "ui.consolidate.files-label": () => "已选文件",
  "ui.consolidate.files-count": (p: { count: number }) => `已选 ${p.count} 个文件`,
  "ui.consolidate.remove": () => "移除",
  "ui.consolidate.remove-file": (p: { name: string }) => `移除“${p.name}”`,
  "ui.consolidate.clear-files": () => "全部移除",
  "ui.consolidate.workbook-sheets": () => "本工作簿中的报表（可一并汇总）",
  "ui.consolidate.sheet-source": (p: { sheet: string }) => `${p.sheet}（本工作簿）`,
  "ui.consolidate.roster": () => "单位名录（可选）",
  "ui.consolidate.roster-hint": () => "有名录才能列出未报单位；名录中的“别名”可对应单位的不同写法。",
  "ui.consolidate.roster-pick": () => "选择名录文件",
  "ui.consolidate.roster-sheet": (p: { sheet: string }) => `使用本工作簿的“${p.sheet}”工作表`,
  "ui.consolidate.roster-unusable": (p: { source: string; problems: string }) => `单位名录“${p.source}”无法使用：${p.problems}`,
  "ui.consolidate.template": () => "表式",
  "ui.consolidate.template-auto": () => "自动识别（按多数文件）",
  "ui.consolidate.no-template": () => "没有一份文件能识别为已知表式，请在“表式”中指定，或检查所选文件。",
  "ui.consolidate.start": () => "开始汇总",
  "ui.consolidate.no-inputs": () => "请先选择各单位的报表文件。",
  "ui.consolidate.reading": (p: { done: number; total: number; name: string }) => `正在读取（${p.done}/${p.total}）：${p.name}`,
  "ui.consolidate.computing": () => "正在汇总…",
  "ui.consolidate.writing": () => "正在写入汇总结果…",
  "ui.consolidate.cancelled": () => "已取消汇总，未写入任何内容。",
  "ui.consolidate.write-failed": (p: { detail: string }) => `写入汇总结果时出错：${p.detail}`,
  "ui.consolidate.exists-title": () => "工作表已存在",
  "ui.consolidate.exists-body": (p: { sheets: string; renamed: string }) =>
    `工作簿中已有名为 ${p.sheets} 的工作表。默认另建新表（${p.renamed}）；选择“替换原表”将清除这些工作表中的全部数据。`,
  "ui.consolidate.exists-rename": () => "另建新表",
  "ui.consolidate.exists-replace": () => "替换原表",
  "ui.consolidate.file-name": (p: { title: string }) => `${p.title}汇总.xlsx`,
  "ui.consolidate.done-excel": (p: { units: number; sheets: string }) => `已汇总 ${p.units} 个单位，结果写入工作表：${p.sheets}。`,
  "ui.consolidate.done-browser": (p: { units: number; sheets: string }) =>
    `已汇总 ${p.units} 个单位，生成汇总工作簿（${p.sheets}），请点击“下载汇总工作簿”保存。`,
  "ui.consolidate.result-heading": () => "汇总结果",
  "ui.consolidate.result-title": (p: { title: string; period: string }) => (p.period ? `${p.title}（${p.period}）` : p.title),
  "ui.consolidate.fact-files": (p: { count: number; rejected: number }) =>
    p.rejected ? `收到文件：${p.count} 份，其中 ${p.rejected} 份未采用` : `收到文件：${p.count} 份`,
  "ui.consolidate.fact-units": (p: { count: number }) => `计入单位：${p.count} 个`,
  "ui.consolidate.fact-missing": (p: { count: number; names: string }) =>
    p.count ? `未报单位：${p.count} 个（${p.names}）` : "未报单位：0 个，已全部报送",
  "ui.consolidate.fact-no-roster": () => "未报单位：未提供单位名录，无法判断",
  "ui.consolidate.fact-resubmitted": (p: { count: number; names: string }) =>
    p.count ? `重复报送：${p.count} 个（${p.names}），已采用较新的一份` : "重复报送：0 个",
  "ui.consolidate.fact-zero": (p: { count: number; names: string }) => (p.count ? `零报告：${p.count} 个（${p.names}）` : "零报告：0 个"),
  "ui.consolidate.fact-outside": (p: { count: number; names: string }) =>
    `名录外单位：${p.count} 个（${p.names}），已计入并在审核情况中注明`,
  "ui.consolidate.fact-rejected": (p: { file: string; reason: string }) => `未采用“${p.file}”：${p.reason}`,
  "ui.consolidate.fact-findings": (p: { error: string; verify: string; hint: string; errors: number; verifies: number; hints: number }) =>
    `审核发现：${p.error} ${p.errors} 条、${p.verify} ${p.verifies} 条、${p.hint} ${p.hints} 条（详见“审核情况”）`,
  "ui.consolidate.sheets-written": (p: { sheets: string }) => `已写入工作表：${p.sheets}`,
  "ui.consolidate.workbook-ready": (p: { name: string }) => `汇总工作簿：${p.name}`,
  "ui.consolidate.download": () => "下载汇总工作簿",
  "ui.consolidate.indicator": () => "图示指标",
  // Beside 计入单位：N 个, the units that filled this indicator are counted out of the same N.
  "ui.consolidate.total": (p: { label: string; value: string; unit: string; count: number; of: number }) =>
    `${p.label}合计：${p.value}${p.unit}（${unitsFilled(p.count, p.of)}）`,
  "ui.consolidate.total-approximate": (p: { label: string; value: string; unit: string; count: number; of: number }) =>
    `${p.label}合计：约 ${p.value}${p.unit}（${unitsFilled(p.count, p.of)}，含约数）`,
  "ui.consolidate.total-none": (p: { label: string }) => `${p.label}：没有单位填报`,
  "ui.consolidate.chart-loading": () => "正在绘制图表…",
  "ui.consolidate.units-label": (p: { label: string }) => `各单位${p.label}`,
  "ui.consolidate.unit-hint-excel": () => "点击单位可定位到“分单位明细”中的该行。",
  "ui.consolidate.unit-hint-browser": () => "点击单位可高亮显示；分单位明细在下载的汇总工作簿中。",
  "ui.consolidate.ledger-rows": () => "台账条数",
  "ui.consolidate.ledger-rows-unit": () => "条",
  "ui.consolidate.progress": () => "汇总进度",
  "ui.consolidate.narrate": () => "生成综述",
} satisfies MessageTable;
