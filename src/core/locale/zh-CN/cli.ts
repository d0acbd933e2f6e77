import type { MessageTable } from "../message-table";

/**
 * The command line (huibao) and the .xlsx file adapter it writes through: help texts, results, and
 * what went wrong with which file.
 */
export const cliZh = {
  // The .xlsx adapter and its file helpers.
  "xlsx-file.not-found": (p: { file: string }) => `找不到文件“${p.file}”，请检查路径是否正确。`,
  "xlsx-file.read-failed": (p: { file: string; reason: string }) => `无法读取文件“${p.file}”：${p.reason}。`,
  "xlsx-file.write-failed": (p: { file: string; reason: string }) => `无法写入文件“${p.file}”：${p.reason}。原有文件（如有）未被改动。`,
  "xlsx-file.reason-no-folder": () => "所在文件夹不存在",
  "xlsx-file.reason-no-permission": () => "没有访问权限（文件可能正在 Excel 或 WPS 中打开，或文件夹只读）",
  "xlsx-file.reason-is-folder": () => "这是一个文件夹，不是文件",
  "xlsx-file.reason-disk-full": () => "磁盘空间不足",
  "xlsx-file.reason-read-only": () => "磁盘或文件夹为只读",
  "xlsx-file.reason-other": (p: { detail: string }) => `系统错误（${p.detail}）`,

  // The program and its help.
  "cli.program.description": () => "汇报通命令行：报表模板、空白填报工作簿，以及审核、汇总与综述（陆续提供）。",
  "cli.help.usage": () => "用法：",
  "cli.help.arguments": () => "参数：",
  "cli.help.options": () => "选项：",
  "cli.help.commands": () => "命令：",
  "cli.help.global-options": () => "全局选项：",
  "cli.help.placeholder-options": () => "选项",
  "cli.help.placeholder-command": () => "命令",
  "cli.help.option-help": () => "显示帮助",
  "cli.help.option-version": () => "显示版本号",
  "cli.help.command-help": () => "显示某个命令的帮助",
  "cli.help.see-help": () => "（运行 huibao --help 查看用法）",

  // Commander's own errors, in Chinese.
  "cli.usage.unknown-command": (p: { name: string; suggestion: string }) => `没有“${p.name}”这个命令。${p.suggestion}`,
  "cli.usage.unknown-option": (p: { flag: string; suggestion: string }) => `不认识的选项“${p.flag}”。${p.suggestion}`,
  "cli.usage.missing-argument": (p: { name: string }) => `缺少必需的参数 <${p.name}>。`,
  "cli.usage.missing-option": (p: { flags: string }) => `缺少必需的选项 ${p.flags}。`,
  "cli.usage.option-missing-value": (p: { flags: string }) => `选项 ${p.flags} 后面缺少取值。`,
  "cli.usage.excess-arguments": (p: { expected: number; received: number }) =>
    `参数过多：应为 ${p.expected} 个，实际给了 ${p.received} 个。`,
  "cli.usage.did-you-mean": (p: { candidates: string }) => `是否想输入：${p.candidates}？`,
  "cli.usage.other": (p: { detail: string }) => `命令用法有误：${p.detail}`,

  // Failures.
  "cli.error.prefix": () => "错误：",
  "cli.error.file-missing": () => "文件不存在",
  "cli.error.template-file-unreadable": (p: { file: string; reason: string }) => `无法读取模板文件“${p.file}”：${p.reason}。`,
  "cli.error.unit-empty": () => "填报单位（--unit）不能为空。",
  "cli.error.output-not-xlsx": (p: { file: string }) => `输出文件“${p.file}”应以 .xlsx 结尾（Excel 只按扩展名识别工作簿）。`,
  "cli.error.output-exists": (p: { file: string }) =>
    `输出文件“${p.file}”已存在，为免覆盖已有数据，未写入任何内容。如确需覆盖，请加 --force。`,

  // huibao template …
  "cli.template.description": () => "报表模板（表式）：列出、查看，生成空白填报工作簿",
  "cli.template.option-json": () => "以 JSON 输出，便于其他程序读取",
  "cli.template.argument-id": () => "模板编号（如 supplies），或模板 JSON 文件的路径",
  "cli.template-list.description": () => "列出内置模板",
  "cli.template-list.head-id": () => "编号",
  "cli.template-list.head-title": () => "表名",
  "cli.template-list.head-kind": () => "类型",
  "cli.template-list.count": (p: { count: number }) => `共 ${p.count} 个模板。用 huibao template show <编号> 查看结构。`,
  "cli.template-show.description": () => "查看模板的结构：指标树（含计量单位、其中项关系）或台账的列",
  "cli.template-show.heading": (p: { title: string; id: string; version: string; kind: string }) =>
    `《${p.title}》 编号 ${p.id} · 版本 ${p.version} · ${p.kind}`,
  "cli.template-show.table-no": (p: { value: string }) => `表号：${p.value}`,
  "cli.template-show.issuer": (p: { value: string }) => `制表机关：${p.value}`,
  "cli.template-show.table-unit": (p: { value: string }) => `计量单位：${p.value}`,
  "cli.template-show.period": (p: { label: string }) => `时间栏：${p.label}`,
  "cli.template-show.description-line": (p: { text: string }) => `说明：${p.text}`,
  "cli.template-show.indicators": (p: { count: number }) => `指标（共 ${p.count} 项）：`,
  "cli.template-show.columns": (p: { count: number }) => `列（共 ${p.count} 列）：`,
  "cli.template-show.of-which": () => "其中：",
  "cli.template-show.required": () => "必填",
  "cli.template-show.cumulative": () => "累计数",
  "cli.template-show.scope": (p: { note: string }) => `口径：${p.note}`,
  "cli.template-show.formula": (p: { numerator: string; denominator: string; scale: number }) =>
    p.scale === 100 ? `＝${p.numerator}÷${p.denominator}×100%` : `＝${p.numerator}÷${p.denominator}×${p.scale}`,
  "cli.template-show.options": (p: { options: string }) => `可选：${p.options}`,
  "cli.template-show.range": (p: { min?: number; max?: number }) =>
    p.max === undefined ? `不小于 ${p.min}` : p.min === undefined ? `不大于 ${p.max}` : `范围 ${p.min}～${p.max}`,
  "cli.template-show.breakdown-complete": () => "其中项之和应等于合计",
  "cli.template-show.breakdown-partial": () => "其中项为部分列举，之和不超过合计",
  "cli.template-show.status": (p: { column: string; values: string }) => `完成标志：“${p.column}”为 ${p.values}`,
  "cli.template-show.status-date": (p: { column: string }) => `，须填“${p.column}”`,
  "cli.template-show.rules": (p: { count: number }) => `另有 ${p.count} 条表内审核规则。`,
  "cli.kind.integer": () => "整数",
  "cli.kind.decimal": () => "小数",
  "cli.kind.money": () => "金额",
  "cli.kind.percent": () => "百分比",
  "cli.kind.date": () => "日期",
  "cli.kind.datetime": () => "日期时间",
  "cli.kind.text": () => "文本",
  "cli.kind.enum": () => "选项",
  "cli.template-new.description": () => "生成一个单位的空白填报工作簿（已排版、锁定表头、带数据有效性）",
  "cli.template-new.option-unit": () => "填报单位（如 城关镇）",
  "cli.template-new.option-period": () => "报告期或截至时间（如 2023年2月）",
  "cli.template-new.option-output": () => "输出的 .xlsx 文件",
  "cli.template-new.option-force": () => "输出文件已存在时覆盖它",
  "cli.template-new.written": (p: { file: string; unit: string; title: string; sheet: string }) =>
    `已为“${p.unit}”生成《${p.title}》空白填报工作簿：${p.file}（工作表“${p.sheet}”，黄色单元格为填写处，其余已锁定）。`,

  // npm run demo
  "cli.demo.start": (p: { folder: string }) => `演示：为每个内置表式生成空白填报工作簿和六个单位的样例工作簿，按单位名录汇总并审核，结果写入 ${p.folder}`,
  "cli.demo.done": (p: { count: number; folder: string }) => `演示完成：空白表式 ${p.count} 份、样例工作簿与汇总工作簿均在 ${p.folder} 中，可用 Excel 或 WPS 打开查看。`,
} satisfies MessageTable;
