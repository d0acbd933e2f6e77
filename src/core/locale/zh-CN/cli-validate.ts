import type { MessageTable } from "../message-table";

/** huibao validate: auditing a unit's workbook. */
export const cliValidateZh = {
  "cli.validate.description": () => "审核一个填报工作簿：必填、占位符、类型与范围、其中项与合计、比率、比较与表达式规则、台账、与上期比较、表间一致",
  "cli.validate.arg-file": () => "要审核的工作簿（.xlsx）",
  "cli.validate.option-template": () => "表式编号或表式 JSON 文件（工作簿中没有表式信息时使用）",
  "cli.validate.option-prev": () => "该单位上一期的工作簿，用于累计数和变化幅度的比较",
  "cli.validate.option-json": () => "以 JSON 输出审核结果",
  "cli.validate.no-template": (p: { file: string; known: string }) =>
    `工作簿“${p.file}”中没有找到可识别的表式（也找不到表头）。请用 --template 指定表式编号（${p.known}）、表式文件或下发的表式工作簿（.xlsx）`,
  "cli.validate.head": () => "严重程度|工作表|单元格|指标|填写内容|说明",
  "cli.validate.sheet-inferred": (p: { sheet: string }) => `${p.sheet}（按本表自己的表式，没有内置模板与之相符）`,
  "cli.validate.sheets": (p: { sheets: string }) => `已审核：${p.sheets}`,
  "cli.validate.summary": (p: { error: number; verify: number; hint: number }) => `错误 ${p.error} 条，核实 ${p.verify} 条，提示 ${p.hint} 条`,
  "cli.validate.clean": () => "未发现问题",
  "cli.validate.fix": (p: { fix: string }) => `建议：${p.fix}`,
} satisfies MessageTable;
