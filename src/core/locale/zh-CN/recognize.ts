import type { MessageTable } from "../message-table";

/** Recognising which form a sheet holds: by its binding, or by its title and labels, and why not. */
export const recognizeZh = {
  "consolidate.recognize.binding": (p: { template: string; sheet: string }) => `工作表“${p.sheet}”带有表式标记：${p.template}`,
  "consolidate.recognize.content": (p: { template: string; found: number; total: number; titleMatched: boolean }) =>
    `${p.titleMatched ? "表名相符，" : ""}对上“${p.template}”的 ${p.found}/${p.total} 个指标（列）`,
  "consolidate.recognize.none": (p: { sheet: string; best?: string; found: number; total: number }) =>
    p.best
      ? `工作表“${p.sheet}”认不出表式：与最接近的“${p.best}”只对上 ${p.found}/${p.total} 个指标（列）`
      : `工作表“${p.sheet}”认不出表式：没有找到任何已知表式的指标`,
  "consolidate.recognize.empty": (p: { sheet: string }) => `工作表“${p.sheet}”是空的`,
  "consolidate.recognize.hidden": (p: { sheet: string; looksLike?: string }) =>
    p.looksLike
      ? `工作表“${p.sheet}”是隐藏的工作表（内容像“${p.looksLike}”），隐藏的工作表不参与汇总；如需采用，请取消隐藏后重新提交`
      : `工作表“${p.sheet}”是隐藏的工作表，不参与汇总`,
} satisfies MessageTable;
