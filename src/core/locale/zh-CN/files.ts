import type { MessageTable } from "../message-table";

/** Reading and writing .xlsx files on disk (the command line's file adapter): what went wrong with which file. */
export const filesZh = {
  "xlsx-file.not-found": (p: { file: string }) => `找不到文件“${p.file}”，请检查路径是否正确。`,

  "xlsx-file.read-failed": (p: { file: string; reason: string }) => `无法读取文件“${p.file}”：${p.reason}。`,

  "xlsx-file.write-failed": (p: { file: string; reason: string }) => `无法写入文件“${p.file}”：${p.reason}。原有文件（如有）未被改动。`,

  "xlsx-file.reason-no-folder": () => "所在文件夹不存在",

  "xlsx-file.reason-no-permission": () => "没有访问权限（文件可能正在 Excel 或 WPS 中打开，或文件夹只读）",

  "xlsx-file.reason-is-folder": () => "这是一个文件夹，不是文件",

  "xlsx-file.reason-disk-full": () => "磁盘空间不足",

  "xlsx-file.reason-read-only": () => "磁盘或文件夹为只读",

  "xlsx-file.reason-other": (p: { detail: string }) => `系统错误（${p.detail}）`,
} satisfies MessageTable;
