import type { MessageTable } from "../message-table";

/** huibao template …: listing and showing templates, and a blank unit workbook. */
export const cliTemplateZh = {
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
  "cli.template-show.rows": (p: { count: number }) => `主栏（共 ${p.count} 行）：`,
  "cli.template-show.columns-head": (p: { count: number }) => `宾栏（共 ${p.count} 栏）：`,
  "cli.template-show.stub-default": () => "指标名称",
  "cli.template-show.role-current": () => "本期",
  "cli.template-show.role-cumulative": () => "累计（不少于本期，不得比上次报送减少）",
  "cli.template-show.role-previous-year": () => "上年同期（综述据此写同比）",
  "cli.template-show.role-previous": () => "上期（综述据此写环比）",
  "cli.template-show.role-change": () => "增减",
  "cli.template-show.change-formula": (p: { current: string; base: string }) => `= (${p.current} − ${p.base}) ÷ ${p.base} × 100%`,
  "cli.template-show.optional": () => "可不填",
  "cli.template-show.total-row": (p: { label: string }) => `“${p.label}”行为各行之和，比率重新计算`,
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
  "cli.template-show.breakdown-exclusive": () => "其中项互不重叠，之和不超过合计",
  "cli.template-show.breakdown-overlapping": () => "其中项可以重叠，每项不超过合计",
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
  "cli.template-new.option-output": () => "输出的 .xlsx 文件（与 --roster 同用时为文件夹）",
  "cli.template-new.option-force": () => "输出文件已存在时覆盖它",
  "cli.template-new.option-roster": () => "单位名录（.xlsx）：为名录中每个单位各生成一份，填好填报单位",
  "cli.template-new.unit-or-roster": () => "请用 --unit 指定一个填报单位，或用 --roster 指定单位名录（为每个单位各生成一份），二者选一。",
  "cli.template-new.roster-needs-folder": (p: { file: string }) => `与 --roster 同用时，-o 应是一个文件夹（每个单位一个文件），“${p.file}”不是。`,
  "cli.template-new.roster-name-clash": (p: { file: string }) => `名录中有两个单位的文件名都是“${p.file}”，请修改名录中的单位名称。未写入任何文件。`,
  "cli.template-new.roster-files-exist": (p: { folder: string; files: string }) =>
    `文件夹“${p.folder}”中已有：${p.files}。为免覆盖，未写入任何文件；如确需覆盖，请加 --force。`,
  "cli.template-new.roster-written": (p: { count: number; roster: string; folder: string; title: string; files: string }) =>
    `已按名录“${p.roster}”为 ${p.count} 个单位各生成《${p.title}》空白填报工作簿（已填好填报单位），写入“${p.folder}”：${p.files}`,
  "cli.template-new.written": (p: { file: string; unit: string; title: string; sheet: string }) =>
    `已为“${p.unit}”生成《${p.title}》空白填报工作簿：${p.file}（工作表“${p.sheet}”，黄色单元格为填写处，其余已锁定）。`,

  "cli.template-infer.description": () => "从单位自己的表式（Excel 工作簿，空白或已填）识别出模板（表式 JSON），不必手写",
  "cli.template-infer.argument-file": () => "表式所在的 .xlsx 工作簿",
  "cli.template-infer.option-sheet": () => "表式所在的工作表（默认：第一个能识别的可见工作表）",
  "cli.template-infer.option-output": () => "写出的模板 JSON 文件",
  "cli.template-infer.option-force": () => "输出文件已存在时覆盖它",
  "cli.template-infer.output-not-json": (p: { file: string }) => `输出文件“${p.file}”应以 .json 结尾`,
  "cli.template-infer.failed": (p: { file: string; reasons: string }) => `无法从“${p.file}”识别表式：\n${p.reasons}`,
  "cli.template-infer.written": (p: { file: string; sheet: string; title: string; output: string; rows: number; columns: number }) =>
    `已从“${p.file}”工作表“${p.sheet}”识别出《${p.title}》（${p.rows} 行 × ${p.columns} 栏），模板写入 ${p.output}。可用 --template ${p.output} 审核、汇总，或直接汇总各单位的表（不必指定模板）。`,
  "cli.template-infer.from-form": (p: { file: string; sheet: string; title: string }) => `模板由“${p.file}”工作表“${p.sheet}”的表式识别：《${p.title}》`,
  "cli.inferred.from-files": (p: { title: string; files: number; total: number }) =>
    `没有与这些文件对应的内置模板或模板标记：表式《${p.title}》由文件本身识别（${p.total} 个文件中 ${p.files} 个为此表式）`,
} satisfies MessageTable;
