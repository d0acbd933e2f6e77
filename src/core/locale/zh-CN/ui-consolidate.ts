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

  // 催报 after a consolidation: the notice for the work group, to copy.
  "ui.consolidate.reminder": () => "催报通知",
  "ui.consolidate.reminder-hint": () => "尚有单位未报或报表未能采用。复制后发到工作群即可。",
  "ui.consolidate.reminder-copy": () => "复制催报通知",
  "ui.consolidate.reminder-copied": () => "已复制催报通知，可粘贴到工作群。",
  "ui.consolidate.reminder-selected": () => "未能写入剪贴板，通知已选中，请按 Ctrl+C 复制。",
  // A sheet whose 填报单位 names one unit and its file name another: the clerk decides.
  "ui.consolidate.unit-title": () => "填报单位与文件名不一致",
  "ui.consolidate.unit-body": (p: { file: string; sheet: string; cell: string; written: string; byHeader: string; byFile: string }) =>
    `文件“${p.file}”工作表“${p.sheet}”${p.cell ? ` ${p.cell} ` : ""}填写的填报单位是“${p.written}”（${p.byHeader}），文件名却是“${p.byFile}”。这份报表计入哪个单位？不计入时它列在来源清单中，也不替换任何单位的报表。`,
  "ui.consolidate.unit-header": (p: { unit: string }) => `按表内填报单位计入“${p.unit}”`,
  "ui.consolidate.unit-file": (p: { unit: string }) => `按文件名计入“${p.unit}”`,
  "ui.consolidate.unit-keep": () => "不计入",
  // The summary's own signature block.
  "ui.consolidate.signature": () => "汇总表签署",
  "ui.consolidate.preparer": () => "填表人",
  "ui.consolidate.phone": () => "联系电话",
  "ui.consolidate.signature-hint": () => "写在汇总表表尾；汇总表上报上级时，不因未填写而审核出错。下次汇总时自动填入。",
  // 下发: a blank form for every unit of a roster.
  "ui.distribute.heading": () => "下发空白表",
  "ui.distribute.open": () => "为名录中每个单位生成空白表",
  "ui.distribute.hint": () => "每个单位一个工作簿，已填好填报单位并标记表式，打包为一个 .zip 下载。",
  "ui.distribute.template": () => "表式",
  "ui.distribute.template-none": () => "请选择表式",
  "ui.distribute.roster-pick": () => "选择单位名录…",
  "ui.distribute.period": () => "报告期（可不填）",
  "ui.distribute.start": () => "生成并下载",
  "ui.distribute.progress-label": () => "生成进度",
  "ui.distribute.making": (p: { done: number; total: number; name: string }) => `正在生成（${p.done}/${p.total}）：${p.name}`,
  "ui.distribute.packing": () => "正在打包…",
  "ui.distribute.done": (p: { count: number; file: string }) => `已为 ${p.count} 个单位生成空白表，已下载“${p.file}”。`,
  "ui.distribute.cancelled": () => "已取消，未下载任何文件。",
  "ui.distribute.zip-name": (p: { title: string }) => `${p.title}（下发）.zip`,
  "ui.distribute.name-clash": (p: { file: string }) => `名录中有两个单位的文件名都是“${p.file}”，请修改名录后重试，未生成任何文件。`,
  "ui.distribute.roster-unusable": (p: { source: string; problems: string }) => `单位名录“${p.source}”无法使用：${p.problems}`,
} satisfies MessageTable;
