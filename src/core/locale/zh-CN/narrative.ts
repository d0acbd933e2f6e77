import type { MessageTable } from "../message-table";

/**
 * Messages of the narrative (综述). The formatting functions only throw on a programming error
 * (a NaN reaching them, a decimals count out of range); the text still names the value seen.
 * narrative.template.* are the mistakes a clerk can make in a narrative template, said at their
 * place (narrative.place); narrative.slot-type.*, narrative.expect.* and narrative.hint.* are the
 * words those messages are made of.
 */
export const narrativeZh = {
  "narrative.not-finite": (p: { value: string }) => `综述中的数值无效：${p.value}（应为有限数字）`,
  "narrative.bad-decimals": (p: { value: string }) => `小数位数无效：${p.value}（应为 0 到 10 的整数）`,
  "narrative.not-count": (p: { value: string }) => `无法写成中文数字：${p.value}（应为不小于 0 的整数）`,
  "narrative.not-ordinal": (p: { value: string }) => `无法写成序数：${p.value}（应为不小于 1 的整数）`,
  "narrative.bad-date": (p: { value: string }) => `日期无效：${p.value}`,
  "narrative.bad-time": (p: { value: string }) => `时刻无效：${p.value}（时应为 0 到 24，分应为 0 到 59）`,
  "narrative.sheet-title": (p: { title: string }) => `${p.title}综述`,
  "narrative.place": (p: { line: number; column: number; detail: string }) => `第${p.line}行第${p.column}列：${p.detail}`,
  "narrative.template.unclosed-slot": () => "“{”没有对应的“}”",
  "narrative.template.unclosed-optional": () => "“[”没有对应的“]”",
  "narrative.template.stray-close": (p: { char: string }) => `多余的“${p.char}”（如要写这个符号本身，请在前面加 \\）`,
  "narrative.template.empty-slot": () => "花括号中没有写字段，例如 {masks} 或 {医用口罩|number}",
  "narrative.template.bad-filter": (p: { text: string }) => `过滤器“${p.text}”写法有误，应写成 名称 或 名称(参数)，例如 数值 或 排名(3)`,
  "narrative.template.unknown-filter": (p: { name: string; hint: string }) => `未知的过滤器“${p.name}”${p.hint}`,
  "narrative.template.unknown-slot": (p: { name: string; hint: string }) => `未知的字段“${p.name}”${p.hint}`,
  "narrative.template.ambiguous-slot": (p: { name: string; keys: string }) => `字段“${p.name}”对应多个指标（${p.keys}），请改写为其中一个名称`,
  "narrative.template.unknown-section": (p: { name: string; known: string }) => `没有名为“${p.name}”的指标分组（可用：${p.known}）`,
  "narrative.template.no-sections": () => "台账没有指标分组，不能使用 section 或 sections",
  "narrative.template.filter-input": (p: { name: string; got: string; accepts: string }) => `过滤器“${p.name}”不能用于${p.got}（只能用于${p.accepts}）`,
  "narrative.template.bad-argument": (p: { name: string; arg: string; expected: string }) => `过滤器“${p.name}”的参数“${p.arg}”无效：${p.expected}`,
  "narrative.template.argument-count": (p: { name: string; expected: string }) => `过滤器“${p.name}”的参数个数不对：${p.expected}`,
  "narrative.template.no-formula": (p: { label: string }) => `指标“${p.label}”没有计算公式，rate 须写明分母，例如 rate(企业总数)`,
  "narrative.template.no-children": (p: { label: string }) => `指标“${p.label}”没有“其中”子项，不能使用 breakdown`,
  "narrative.template.not-money": (p: { label: string }) => `指标“${p.label}”不是金额，不能使用 money`,
  "narrative.template.block-placement": (p: { name: string }) => `“${p.name}”生成“一是……；二是……”分条内容，须放在行末，每行只能有一处，且不能放在方括号中`,
  // The Chinese spellings first, as the default templates write them; the English ones are still read.
  "narrative.template.unknown-directive": (p: { name: string }) =>
    `未知的指令“!${p.name}”（可用：!保留 保留无数据项、!无新增 无新增时使用、!动词、!名称；也可写作 !keep、!none、!verbs、!names）`,
  "narrative.template.bad-word-entry": (p: { text: string }) => `“${p.text}”应写成“指标=词语”，例如 leaflets=发放`,
  "narrative.template.unknown-word-field": (p: { name: string; hint: string }) => `没有指标“${p.name}”${p.hint}`,
  "narrative.template.no-data": (p: { slot: string }) => `${p.slot} 暂无数据，句中写作“（暂无数据）”；可把这部分放进方括号 [ ] 使其无数据时省略`,
  "narrative.template.rate-withheld": (p: { label: string; value: string; limit: string }) =>
    `提示：“${p.label}”汇总为 ${p.value}，超过 ${p.limit}，未写入综述；请核实各单位填报的分子分母`,
  "narrative.hint.did-you-mean": (p: { name: string }) => `，是否应为“${p.name}”？`,
  "narrative.hint.available": (p: { names: string }) => `（可用：${p.names}）`,
  "narrative.hint.slot-sources": (p: { examples: string }) =>
    `指标名称${p.examples ? `（如${p.examples}）` : ""}，或 截至时间、报告期、地区、表名、单位、应报单位数、已报单位、未报单位、零报告单位、台账、台账.方面数、台账.项数、台账.问题数、台账.完成数、台账.推进数、上期.指标名称、分组:分组名、各分组`,
  "narrative.slot-type.figure": () => "指标数值",
  "narrative.slot-type.count": () => "计数",
  "narrative.slot-type.names": () => "单位名单",
  "narrative.slot-type.date": () => "日期",
  "narrative.slot-type.text": () => "文字",
  "narrative.slot-type.units": () => "报送情况（units）",
  "narrative.slot-type.ledger": () => "台账（ledger）",
  "narrative.slot-type.section": () => "一个指标分组（section:分组名）",
  "narrative.slot-type.sections": () => "多个指标分组（sections）",
  "narrative.slot-type.phrases": () => "已写成文字的内容",
  "narrative.slot-type.block": () => "分条内容",
  "narrative.expect.decimals": () => "应为 0 到 6 的整数（小数位数）",
  "narrative.expect.count": () => "应为正整数",
  "narrative.expect.number": () => "应为数字",
  "narrative.expect.list-arg": () => "应为正整数（最多列出几项）或“等”",
  "narrative.expect.one-of": (p: { values: string }) => `只能是以下之一：${p.values}`,
  "narrative.expect.field": (p: { name: string }) => `没有指标“${p.name}”`,
  "narrative.expect.at-most": (p: { count: number }) => `最多 ${p.count} 个参数`,
  "narrative.expect.exactly": (p: { count: number }) => `需要 ${p.count} 个参数`,
} satisfies MessageTable;
