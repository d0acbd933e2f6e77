import type { MessageTable } from "../message-table";

/** Messages of the CLI commands that work on units' files: loading, validate, consolidate, narrate. */
export const cliWorkZh = {
  "cli.load.missing": (p: { file: string }) => `找不到文件“${p.file}”，请检查路径`,
  "cli.load.is-folder": (p: { file: string }) => `“${p.file}”是文件夹，不是工作簿文件`,
  "cli.load.too-large": (p: { file: string; size: number; limit: number }) => `文件“${p.file}”有 ${p.size} MB，超过 ${p.limit} MB 的上限，未读取。请确认文件是否正确，或删去无关的工作表后重新保存`,
  "cli.load.libreoffice-missing": () => "（本机未安装 LibreOffice，无法自动转换；安装后命令行会自动把 .xls 转为 .xlsx）",
  "cli.load.libreoffice-failed": (p: { detail: string }) => `（LibreOffice 自动转换失败${p.detail ? "：" + p.detail : ""}）`,
  "cli.load.converted": (p: { file: string }) => `“${p.file}”是旧版 .xls 文件，已用 LibreOffice 转换为 .xlsx 后读取`,
  "cli.validate.description": () => "审核一个填报工作簿：必填、占位符、类型与范围、其中项与合计、比率、比较与表达式规则、台账、与上期比较、表间一致",
  "cli.validate.arg-file": () => "要审核的工作簿（.xlsx）",
  "cli.validate.option-template": () => "表式编号或表式 JSON 文件（工作簿中没有表式信息时使用）",
  "cli.validate.option-prev": () => "该单位上一期的工作簿，用于累计数和变化幅度的比较",
  "cli.validate.option-json": () => "以 JSON 输出审核结果",
  "cli.validate.no-template": (p: { file: string; known: string }) =>
    `工作簿“${p.file}”中没有找到可识别的表式。请用 --template 指定表式编号（${p.known}）或表式文件`,
  "cli.validate.head": () => "严重程度|工作表|单元格|指标|填写内容|说明",
  "cli.validate.sheets": (p: { sheets: string }) => `已审核：${p.sheets}`,
  "cli.validate.summary": (p: { error: number; verify: number; hint: number }) => `错误 ${p.error} 条，核实 ${p.verify} 条，提示 ${p.hint} 条`,
  "cli.validate.clean": () => "未发现问题",
  "cli.validate.fix": (p: { fix: string }) => `建议：${p.fix}`,
} satisfies MessageTable;
