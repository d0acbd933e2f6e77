import type { MessageTable } from "../message-table";

export const templateZh = {
  "template.not-json": (p: { source: string; detail: string }) => `模板文件“${p.source}”不是有效的 JSON：${p.detail}`,
  "template.invalid": (p: { source: string; count: number; details: string }) =>
    `模板文件“${p.source}”有 ${p.count} 处问题：\n${p.details}`,
  "template.problem": (p: { place: string; message: string }) => `${p.place}：${p.message}`,
  "template.place-root": () => "模板",
  "template.expected-type": (p: { expected: string; received: string }) => `应为${p.expected}，实际是${p.received}`,
  "template.missing": () => "缺少此项",
  "template.allowed-values": (p: { values: string }) => `只能是以下之一：${p.values}`,
  "template.too-small": (p: { minimum: string }) => `不能小于 ${p.minimum}`,
  "template.too-short": (p: { minimum: string }) => `至少需要 ${p.minimum} 项（或 ${p.minimum} 个字符）`,
  "template.too-big": (p: { maximum: string }) => `不能大于 ${p.maximum}`,
  "template.unknown-keys": (p: { keys: string }) => `有无法识别的字段：${p.keys}（请检查拼写）`,
  "template.bad-format": (p: { detail: string }) => `格式不正确：${p.detail}`,
  "template.duplicate-key": (p: { key: string }) => `指标键“${p.key}”重复，每个指标的 key 必须唯一`,
  "template.unknown-reference": (p: { key: string }) => `引用了不存在的指标或列“${p.key}”`,
  "template.breakdown-missing": () => "有“其中”子项的指标必须注明 breakdown（complete 表示子项之和等于合计，partial 表示子项不超过合计）",
  "template.enum-without-options": () => "类型为 enum（下拉选项）的项必须列出 options",
  "template.formula-on-non-rate": () => "只有 percent（百分比）类型的指标可以设置计算公式 formula",
  "template.recompute-without-formula": () => "汇总方式为 recompute（重新计算）的指标必须有计算公式 formula",
  "template.unknown-template": (p: { id: string; known: string }) => `没有编号为“${p.id}”的模板。可用的模板：${p.known}`,
  "template.kind-indicators": () => "指标表",
  "template.kind-ledger": () => "台账",
} satisfies MessageTable;
