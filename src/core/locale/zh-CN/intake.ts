import type { MessageTable } from "../message-table";

/** "文件“x.xlsx”", or "该文件" when the caller did not name it. */
const fileLabel = (file?: string): string => (file ? `文件“${file}”` : "该文件");
const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const SAVE_AS_XLSX = "请在 Excel 或 WPS 中打开该文件，选择“文件 › 另存为”，保存类型选“Excel 工作簿 (*.xlsx)”后重新提交";
const ASK_RESEND = "请联系填报单位重新发送（发送前最好先在 Excel 或 WPS 中打开确认无误）";

/** Reading workbook files from outside: what went wrong and what the clerk should do about it. */
export const intakeZh = {
  "intake.file-too-large": (p: { file?: string; bytes: number; limit: number }) =>
    `${fileLabel(p.file)}有 ${megabytes(p.bytes)}，超过了允许的 ${megabytes(p.limit)}。请确认发来的是报表文件；如确属报表，请删除与报表无关的工作表、图片后另存再提交。`,
  "intake.content-too-large": (p: { file?: string; limit: number }) =>
    `${fileLabel(p.file)}解压后的内容超过 ${megabytes(p.limit)}，不像正常的报表文件（也可能是被恶意构造的压缩包），已拒绝读取。${ASK_RESEND}。`,
  "intake.suspicious-compression": (p: { file?: string; part: string }) =>
    `${fileLabel(p.file)}中的“${p.part}”压缩比异常（很小的数据解压后极大），疑似恶意构造的文件，已拒绝读取。${ASK_RESEND}。`,
  "intake.too-many-parts": (p: { file?: string; limit: number }) =>
    `${fileLabel(p.file)}内部包含的部件超过 ${p.limit} 个，不像正常的报表文件，已拒绝读取。${ASK_RESEND}。`,
  "intake.too-many-rows": (p: { file?: string; sheet: string; limit: number }) =>
    `${fileLabel(p.file)}的工作表“${p.sheet}”超过 ${p.limit} 行，超出了可读取的范围。请删除多余的行（或把数据拆到多个文件）后重新提交。`,
  "intake.too-many-columns": (p: { file?: string; sheet: string; cell: string; limit: number }) =>
    `${fileLabel(p.file)}的工作表“${p.sheet}”在 ${p.cell} 处超过 ${p.limit} 列，超出了 Excel 的范围，文件可能已损坏。${ASK_RESEND}。`,
  "intake.too-many-cells": (p: { file?: string; limit: number }) =>
    `${fileLabel(p.file)}的单元格超过 ${p.limit} 个，超出了可读取的范围。请删除与报表无关的工作表或数据后重新提交。`,
  "intake.text-too-long": (p: { file?: string; sheet: string; cell: string; length: number; limit: number }) =>
    `${fileLabel(p.file)}的工作表“${p.sheet}”单元格 ${p.cell} 中的文字有 ${p.length} 个字符，超过了 Excel 单元格的上限 ${p.limit} 个字符（Excel 本身无法保存这样的单元格，文件可能由其他软件生成）。请将该单元格的文字缩短后重新提交。`,
  "intake.damaged": (p: { file?: string }) => `${fileLabel(p.file)}已损坏或不完整（可能在发送或下载时中断），无法读取。${ASK_RESEND}。`,
  "intake.not-a-workbook": (p: { file?: string }) => `${fileLabel(p.file)}不是 Excel 工作簿（.xlsx），无法读取。${ASK_RESEND}。`,
  "intake.legacy-xls": (p: { file?: string }) =>
    `${fileLabel(p.file)}是旧版 Excel 97-2003 格式（.xls），无法直接读取。${SAVE_AS_XLSX}。`,
  "intake.legacy-et": (p: { file?: string }) => `${fileLabel(p.file)}是 WPS 表格格式（.et），无法直接读取。${SAVE_AS_XLSX}。`,
  "intake.encrypted": (p: { file?: string }) =>
    `${fileLabel(p.file)}设有打开密码，无法读取。请在 Excel 中打开该文件，选择“文件 › 信息 › 保护工作簿 › 用密码进行加密”，清空密码并保存后重新提交（WPS：“文件 › 文档加密 › 密码加密”，清空打开密码）。`,
  "intake.encrypted-legacy": (p: { file?: string }) =>
    `${fileLabel(p.file)}是设有打开密码的旧版 Excel 97-2003 文件（.xls），无法读取。请在 Excel 或 WPS 中用密码打开该文件，先清空打开密码（Excel：“文件 › 信息 › 保护工作簿 › 用密码进行加密”），再选择“文件 › 另存为”，保存类型选“Excel 工作簿 (*.xlsx)”后重新提交。`,
  "intake.csv": (p: { file?: string }) =>
    `${fileLabel(p.file)}实际上是 CSV 文本文件（只是名字像 Excel 文件），没有表格结构，无法按报表读取。${SAVE_AS_XLSX}。`,
  "intake.html": (p: { file?: string }) =>
    `${fileLabel(p.file)}实际上是网页（HTML）格式（常见于从业务系统“导出 Excel”得到的文件），无法按报表读取。${SAVE_AS_XLSX}。`,
  "intake.xml-spreadsheet": (p: { file?: string }) =>
    `${fileLabel(p.file)}是 Excel 2003 XML 表格格式（常见于从业务系统“导出 Excel”得到的文件），无法直接读取。${SAVE_AS_XLSX}。`,
  "intake.ods": (p: { file?: string }) =>
    `${fileLabel(p.file)}是 OpenDocument 表格（.ods，常见于 LibreOffice、WPS），无法直接读取。${SAVE_AS_XLSX}。`,
  "intake.xlsb": (p: { file?: string }) => `${fileLabel(p.file)}是 Excel 二进制工作簿（.xlsb），无法直接读取。${SAVE_AS_XLSX}。`,
  "intake.zip-other": (p: { file?: string }) =>
    `${fileLabel(p.file)}是一个压缩包，但里面没有 Excel 工作簿（可能是 Word 文档、压缩的多个文件或其他文件）。请确认对方发送的是报表文件本身，并请填报单位重新发送。`,
  "intake.empty": (p: { file?: string }) => `${fileLabel(p.file)}是空文件（0 字节），可能在发送或下载时出错。${ASK_RESEND}。`,
  "intake.unknown": (p: { file?: string }) =>
    `${fileLabel(p.file)}不是 Excel 工作簿：内容已损坏，或者根本不是表格文件。${ASK_RESEND}。`,
} satisfies MessageTable;
