import type { MessageTable } from "../message-table";

/** The huibao command line: the program and its help, usage errors, failures, loading files, the demo. */
export const cliZh = {
  "cli.program.description": () => "汇报通命令行：报表模板（表式）与空白填报工作簿，审核、汇总与综述。",

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

  "cli.usage.unknown-command": (p: { name: string; suggestion: string }) => `没有“${p.name}”这个命令。${p.suggestion}`,
  "cli.usage.unknown-option": (p: { flag: string; suggestion: string }) => `不认识的选项“${p.flag}”。${p.suggestion}`,
  "cli.usage.missing-argument": (p: { name: string }) => `缺少必需的参数 <${p.name}>。`,
  "cli.usage.missing-option": (p: { flags: string }) => `缺少必需的选项 ${p.flags}。`,
  "cli.usage.option-missing-value": (p: { flags: string }) => `选项 ${p.flags} 后面缺少取值。`,
  "cli.usage.excess-arguments": (p: { expected: number; received: number }) =>
    `参数过多：应为 ${p.expected} 个，实际给了 ${p.received} 个。`,
  "cli.usage.did-you-mean": (p: { candidates: string }) => `是否想输入：${p.candidates}？`,
  "cli.usage.other": (p: { detail: string }) => `命令用法有误：${p.detail}`,

  "cli.error.prefix": () => "错误：",
  "cli.error.file-missing": () => "文件不存在",
  "cli.error.template-file-unreadable": (p: { file: string; reason: string }) => `无法读取模板文件“${p.file}”：${p.reason}。`,
  "cli.error.unit-empty": () => "填报单位（--unit）不能为空。",
  "cli.error.output-not-xlsx": (p: { file: string }) => `输出文件“${p.file}”应以 .xlsx 结尾（Excel 只按扩展名识别工作簿）。`,
  "cli.error.output-exists": (p: { file: string }) =>
    `输出文件“${p.file}”已存在，为免覆盖已有数据，未写入任何内容。如确需覆盖，请加 --force。`,

  "cli.demo.start": (p: { folder: string }) => `演示：为每个内置表式生成空白填报工作簿和六个单位的样例工作簿，按单位名录汇总并审核，结果写入 ${p.folder}`,
  "cli.demo.done": (p: { count: number; folder: string }) => `演示完成：空白表式 ${p.count} 份、样例工作簿与汇总工作簿均在 ${p.folder} 中，可用 Excel 或 WPS 打开查看。`,

  "cli.load.missing": (p: { file: string }) => `找不到文件“${p.file}”，请检查路径`,
  "cli.load.is-folder": (p: { file: string }) => `“${p.file}”是文件夹，不是工作簿文件`,
  "cli.load.too-large": (p: { file: string; size: number; limit: number }) => `文件“${p.file}”有 ${p.size} MB，超过 ${p.limit} MB 的上限，未读取。请确认文件是否正确，或删去无关的工作表后重新保存`,
  "cli.load.libreoffice-missing": () => "（本机未安装 LibreOffice，无法自动转换；安装后命令行会自动把 .xls 转为 .xlsx）",
  "cli.load.libreoffice-failed": (p: { detail: string }) => `（LibreOffice 自动转换失败${p.detail ? "：" + p.detail : ""}）`,
  "cli.load.not-converted": (p: { refusal: string; why: string }) => `${p.refusal}${p.why}`,
  "cli.load.converted": (p: { file: string }) => `“${p.file}”是旧版 .xls 文件，已用 LibreOffice 转换为 .xlsx 后读取`,

  "cli.demo.step-failed": (p: { command: string }) => `演示中断：huibao ${p.command} 未能完成`,
  "cli.demo.template-heading": (p: { title: string; folder: string }) => `━━ ${p.title}：六个单位的样例工作簿已写入 ${p.folder}（北山镇未报、东关街道重复报送、南湖乡零报告、西关街道以基本单位填报、县教育局留有占位符）`,
} satisfies MessageTable;
