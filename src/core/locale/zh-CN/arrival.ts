import type { MessageTable } from "../message-table";
import { inFile } from "./consolidate";

/**
 * Files as units really send them: several units' forms in one workbook, a roster with levels, a
 * 填报单位 that names another unit, values the audit finds wrong, formulas without results, and the
 * 催报 notice sent to the work group after a consolidation.
 */
export const arrivalZh = {
  "parse.invalid.formula-uncomputed": (_p: { raw: string }) => "公式未计算：文件保存时没有公式的计算结果（多为程序生成的文件），请在 Excel 或 WPS 中打开、保存后重新报送",

  "parse.invalid.scientific": (p: { raw: string }) => `“${p.raw}”是科学计数法，不像填写的数值（可能是从别处复制来的），未按数值计；请填写完整的数字`,

  "consolidate.input.unit-conflict": (p: { file: string; sheet: string; cell: string; written: string; byHeader: string; byFile: string }) =>
    `${inFile(p.file)}工作表“${p.sheet}”${p.cell} 的填报单位是“${p.written}”（${p.byHeader}），文件名却是“${p.byFile}”：无法确定是哪个单位的报表，未采用，也不替换“${p.byHeader}”的报表。请核对填报单位后重新报送`,
  "consolidate.input.sheet-without-unit": (p: { file: string; sheet: string; kept: string }) =>
    `${inFile(p.file)}的工作表“${p.sheet}”也像本表，但没有填写填报单位，无法确定是哪个单位的报表，未计入（计入的是工作表“${p.kept}”）`,
  "consolidate.input.same-unit-sheet": (p: { file: string; sheet: string; unit: string; kept: string }) =>
    `${inFile(p.file)}的工作表“${p.sheet}”与工作表“${p.kept}”同是“${p.unit}”的报表，只计入“${p.kept}”`,
  "consolidate.input.part-of-total": (p: { file: string; sheet: string; unit: string; total: string; totalSheet: string }) =>
    `${inFile(p.file)}的工作表“${p.sheet}”（${p.unit}）各数已含在工作表“${p.totalSheet}”（${p.total}）的合计中，列出但不重复计入`,
  "consolidate.input.covered-by-parent": (p: { file: string; sheet: string; unit: string; parent: string; parentFile: string }) =>
    `“${p.unit}”（${inFile(p.file)}工作表“${p.sheet}”）已含在上级单位“${p.parent}”的汇总（“${p.parentFile}”）中，不重复计入`,
  "consolidate.value.audit-error": (p: { reason: string }) => `审核错误，未计入：${p.reason}`,
  "consolidate.head.covered": (p: { count: number }) => `已含在上级单位汇总中的单位（${p.count} 个，不重复计入，不算未报）`,
  "consolidate.finding.unit-decided": (p: { written: string; file: string; unit: string; by: "header" | "file" }) =>
    `单位由汇总人确认：填报单位“${p.written}”与文件名“${p.file}”所指不是同一单位，按${p.by === "header" ? "表内填报单位" : "文件名"}计入“${p.unit}”`,
  "consolidate.unit-how.clerk-decided": () => "汇总人确认",
  "consolidate.finding.several-units": (p: { file: string; count: number; units: string }) =>
    `文件“${p.file}”中有 ${p.count} 个单位的报表（${p.units}），已分别计入`,

  "reminder.title": (p: { title: string; period: string }) => `【催报】${p.title}${p.period ? `（${p.period}）` : ""}`,
  "reminder.missing": (p: { count: number; names: string }) => `以下 ${p.count} 个单位尚未报送：${p.names}。`,
  "reminder.refused": (p: { count: number }) => `以下 ${p.count} 份报表未能采用，请修改后重新报送：`,
  "reminder.refused-item": (p: { index: number; who: string; reason: string }) => `${p.index}. ${p.who}：${p.reason}`,
  "reminder.values-rejected": (p: { count: number; cells: string }) => `${p.count} 个数未计入（${p.cells}）`,
  "reminder.values-not-found": (p: { count: number; names: string }) => `${p.count} 项在表中没有找到（${p.names}），请按表式填报`,
  "reminder.rejected-cell": (p: { sheet: string; cell: string; label: string; reason: string }) => `“${p.sheet}”${p.cell}“${p.label}”：${p.reason}`,
  "reminder.deadline": () => "请尽快报送，谢谢！",
  "reminder.all-in": (p: { count: number }) => `${p.count} 个单位已全部报送，无需催报。`,
} satisfies MessageTable;
