import type { MessageTable } from "../message-table";

/** huibao narrate: the paragraph of a summary workbook. */
export const cliNarrateZh = {
  "cli.narrate.description": () => "根据汇总工作簿写出综述段落（与上期汇总比较时加 --prev）",
  "cli.narrate.arg-file": () => "汇总工作簿（.xlsx，由 huibao consolidate 或加载项生成）",
  "cli.narrate.option-prev": () => "上期的汇总工作簿，用于写出增减变化",
  "cli.narrate.option-template": () => "表式编号或表式 JSON 文件（汇总工作簿中没有表式信息时使用）",
  "cli.narrate.option-region": () => "辖区称谓，如 全县",
  "cli.narrate.option-json": () => "以 JSON 输出综述的结构（段落、句子、带原始数值的词组）",
  "cli.narrate.option-markdown": () => "以 Markdown 输出（数字加粗）",
  "cli.narrate.option-docx": () => "另存为 Word 文件（公文正文格式：仿宋_GB2312 三号、固定行距 28 磅、首行缩进 2 字）",
  "cli.narrate.option-force": () => "Word 文件已存在时覆盖",
  "cli.narrate.docx-exists": (p: { file: string }) => `Word 文件“${p.file}”已存在。如需覆盖，请加 --force`,
  "cli.narrate.docx-written": (p: { file: string }) => `已将综述写入 Word 文件“${p.file}”`,
  "cli.narrate.not-summary": (p: { file: string }) => `“${p.file}”中没有找到汇总表，请用 huibao consolidate 生成汇总工作簿，或用 --template 指定表式`,
  "cli.narrate.template-errors": (p: { errors: string }) => `综述模板有问题：${p.errors}`,
} satisfies MessageTable;
