import type { MessageTable } from "../message-table";

/** "文件“x.xlsx”", or "该文件" where the file is named already (the pane's line 未采用“x.xlsx”：…). */
export const inFile = (file?: string): string => (file ? `文件“${file}”` : "该文件");
const RULE_WORDS = { "report-date": "报出日期较晚", order: "文件较晚" } as const;

/** Consolidation (汇总): the roster, each file and value accounted for, the findings and the summary workbook's sheets. */
export const consolidateZh = {
  "consolidate.roster.no-head": (p: { sheet: string; rows: number }) =>
    `工作表“${p.sheet}”不像单位名录：前 ${p.rows} 行中没有“单位名称”列。名录应有一行表头，含“单位名称”列，可另加“别名”“上级单位”列。`,
  "consolidate.roster.empty": (p: { sheet: string; cell: string }) => `工作表“${p.sheet}”的“单位名称”列（${p.cell}）下面没有单位。`,
  "consolidate.roster.duplicate-name": (p: { sheet: string; cell: string; name: string; other: string; first: string }) =>
    `名录“${p.sheet}”${p.cell} 的“${p.name}”与 ${p.first} 的“${p.other}”是同一单位（名称或别名相同），已略去这一行。`,
  "consolidate.roster.alias-taken": (p: { sheet: string; cell: string; alias: string; unit: string; other: string }) =>
    `名录“${p.sheet}”${p.cell}：别名“${p.alias}”已属于“${p.other}”，不再作为“${p.unit}”的别名。`,

  "consolidate.input.unreadable": (p: { file?: string; detail: string }) => `${inFile(p.file)}无法读取：${p.detail}`,
  "consolidate.input.no-sheets": (p: { file?: string }) => `${inFile(p.file)}中没有可读的工作表`,
  "consolidate.input.not-recognised": (p: { file?: string; template: string; detail: string }) =>
    `${inFile(p.file)}中没有找到“${p.template}”（${p.detail}），未采用`,
  // A sheet named after its own form ("宣传工作统计表") is not said to be itself.
  "consolidate.input.other-template": (p: { file?: string; sheet: string; other: string; template: string }) =>
    `${inFile(p.file)}的工作表“${p.sheet}”${p.sheet === p.other ? "属于另一表式" : `是“${p.other}”`}，不是本次汇总的“${p.template}”，未采用`,
  "consolidate.input.superseded": (p: { file?: string; unit: string; kept: string; rule: "report-date" | "order" }) =>
    `“${p.unit}”另报送了“${p.kept}”（${RULE_WORDS[p.rule]}），${p.file ? `本文件“${p.file}”` : "本文件"}未采用`,
  "consolidate.input.outside-roster": (p: { file?: string; unit: string }) => `${inFile(p.file)}的填报单位“${p.unit}”不在单位名录中，未采用`,

  "consolidate.value.sheet-unit-converted": (p: { raw: string; from: string; to: string; value: number }) =>
    `本表计量单位为“${p.from}”，按 ${p.raw}${p.from} = ${p.value}${p.to} 计`,
  "consolidate.value.unit-mismatch": (p: { raw: string; unit: string; fieldUnit: string }) =>
    `计量单位不符：本表为“${p.unit}”，表式为“${p.fieldUnit}”，“${p.raw}”无法换算`,
  "consolidate.value.input-rejected": (p: { reason: string }) => `所在文件未采用：${p.reason}`,

  "consolidate.finding.value-rejected": (p: { label: string; cell: string; reason: string }) => `“${p.label}”（${p.cell}）未计入汇总：${p.reason}`,
  "consolidate.finding.value-converted": (p: { label: string; cell: string; note: string }) => `“${p.label}”（${p.cell}）${p.note}`,
  "consolidate.finding.unit-taken-as-is": (p: { label: string; cell: string; unit: string; fieldUnit: string }) =>
    `“${p.label}”（${p.cell}）的计量单位是“${p.unit}”，表式为“${p.fieldUnit}”，按原数计入，请核实`,
  "consolidate.finding.unmatched-label": (p: { label: string; cell: string }) =>
    `“${p.label}”（${p.cell}）在表式中没有对应指标，未计入汇总，请核实是否为表式中某指标的另一种写法`,
  "consolidate.finding.missing-indicators": (p: { count: number; labels: string }) =>
    `表中没有找到 ${p.count} 个指标（按未填报处理）：${p.labels}`,
  "consolidate.finding.nothing-reported": () => "表中所有指标均为空，未计为零报告；如确无数据，请填 0",
  "consolidate.finding.unit-outside-roster": (p: { unit: string }) => `填报单位“${p.unit}”不在单位名录中，已计入汇总，请核实`,
  "consolidate.finding.unit-fuzzy": (p: { written: string; unit: string }) => `填报单位“${p.written}”按名录中相近的“${p.unit}”计，请核实`,
  "consolidate.finding.unit-from-file-name": (p: { file: string; unit: string }) => `表中没有填写填报单位，按文件名“${p.file}”认作“${p.unit}”`,
  "consolidate.finding.unit-unknown": (p: { file: string; unit: string }) =>
    `表中没有填写填报单位，文件名也认不出单位，暂以“${p.unit}”计，请核实`,
  "consolidate.finding.unit-by-file-name": (p: { written: string; file: string; unit: string }) =>
    `填报单位“${p.written}”不在单位名录中，按文件名“${p.file}”认作“${p.unit}”，请核实`,
  "consolidate.finding.unit-conflict": (p: { written: string; byHeader: string; file: string; byFile: string }) =>
    `填报单位“${p.written}”是“${p.byHeader}”，文件名“${p.file}”却像是“${p.byFile}”，已按填报单位计，请核实`,
  "consolidate.finding.duplicate": (p: { unit: string; kept: string; dropped: string; rule: "report-date" | "order" }) =>
    `“${p.unit}”报送了多份：采用“${p.kept}”（${RULE_WORDS[p.rule]}），未采用“${p.dropped}”`,
  "consolidate.finding.period-differs": (p: { period: string; majority: string }) => `报告期为“${p.period}”，与多数单位的“${p.majority}”不同`,
  "consolidate.finding.file-rejected": (p: { reason: string }) => p.reason,

  "consolidate.how.binding": () => "表式标记",
  "consolidate.how.content": (p: { confidence: number }) => `按内容识别（${Math.round(p.confidence * 100)}%）`,

  "consolidate.unit-how.exact": () => "名称一致",
  "consolidate.unit-how.alias": () => "别名",
  "consolidate.unit-how.normalized": () => "名称规范后一致",
  "consolidate.unit-how.fuzzy": () => "相近名称",
  "consolidate.unit-how.outside-roster": () => "名录外",
  "consolidate.unit-how.no-roster": () => "",

  "consolidate.severity.error": () => "错误",
  "consolidate.severity.verify": () => "核实",
  "consolidate.severity.hint": () => "提示",

  "consolidate.status.accepted": () => "采用",
  "consolidate.status.rejected": () => "未采用",

  "consolidate.note.approximate": () => "部分单位填报的是约数",
  "consolidate.note.approximate-hedged": (p: { qualifier: string }) => `部分单位填报的是约数，合计记作“${p.qualifier}”`,
  "consolidate.note.held-by": (p: { unit: string }) => `${p.unit}`,
  "consolidate.note.recomputed": () => "由汇总后的数重新计算",
  "consolidate.note.per-unit": (p: { unit: string; text: string }) => `${p.unit}：${p.text}`,
  "consolidate.note.more": (p: { count: number }) => `等${p.count}项`,
  "consolidate.note.uncounted": (p: { units: string; count: number }) => `不含${p.units}${p.count > 1 ? `等${p.count}个单位` : ""}（未计入，见审核情况）`,
  "consolidate.note.of-columns": (p: { columns: string; note: string }) => `${p.columns}：${p.note}`,

  "consolidate.sheet.total": () => "汇总表",
  "consolidate.sheet.detail": () => "分单位明细",
  "consolidate.sheet.missing": () => "未报单位",
  "consolidate.sheet.findings": () => "审核情况",
  "consolidate.sheet.sources": () => "来源清单",

  "consolidate.title.detail": (p: { template: string }) => `${p.template}分单位明细`,
  "consolidate.title.missing": (p: { template: string; count: number; expected: number }) =>
    `${p.template}未报单位（${p.count}个，名录共${p.expected}个）`,
  "consolidate.title.findings": (p: { template: string }) => `${p.template}审核情况`,
  "consolidate.title.sources": (p: { template: string }) => `${p.template}来源清单`,

  "consolidate.head.serial": () => "序号",
  "consolidate.head.unit": () => "单位",
  "consolidate.head.source-unit": () => "来源单位",
  "consolidate.head.rank": (p: { indicator: string }) => `排名（${p.indicator}）`,
  "consolidate.head.total-row": () => "合计",
  "consolidate.head.rows": () => "条数",
  "consolidate.head.done": () => "完成数",
  "consolidate.head.done-rate": () => "完成率（%）",
  "consolidate.head.unknown-status": () => "状态未填或不明",
  "consolidate.head.zero-reports": (p: { count: number }) => `零报告单位（${p.count}个）`,
  "consolidate.head.name": () => "名称",
  "consolidate.head.parent": () => "上级单位",
  "consolidate.head.file": () => "文件",
  "consolidate.head.severity": () => "严重程度",
  "consolidate.head.place": () => "位置",
  "consolidate.head.indicator": () => "指标",
  "consolidate.head.explanation": () => "说明",
  "consolidate.head.template": () => "表式",
  "consolidate.head.recognised-by": () => "识别方式",
  "consolidate.head.unit-how": () => "单位认定",
  "consolidate.head.status": () => "采用情况",
  "consolidate.head.read": () => "读取",
  "consolidate.head.accepted": () => "采用",
  "consolidate.head.converted": () => "换算",
  "consolidate.head.rejected": () => "拒收",
  "consolidate.head.blank": () => "未填",
  "consolidate.head.reasons": () => "原因",
  "consolidate.head.sha256": () => "SHA-256",

  "consolidate.none.missing": () => "名录中的单位均已报送",
  "consolidate.none.findings": () => "未发现问题",
  "consolidate.none.roster": () => "未提供单位名录，无法确定未报单位",

  "consolidate.value.conversion-overflow": (p: { raw: string; from: string; to: string }) =>
    `“${p.raw}”按本表计量单位“${p.from}”换算为“${p.to}”后超出可计算的范围，未计入汇总；请核实数值和计量单位`,
} satisfies MessageTable;
