import type { MessageTable } from "../message-table";

/** Messages added while hardening reading, recognition and consolidation against real and generated files. */
export const reliabilityZh = {
  "consolidate.recognize.hidden": (p: { sheet: string; looksLike?: string }) =>
    p.looksLike
      ? `工作表“${p.sheet}”是隐藏的工作表（内容像“${p.looksLike}”），隐藏的工作表不参与汇总；如需采用，请取消隐藏后重新提交`
      : `工作表“${p.sheet}”是隐藏的工作表，不参与汇总`,
  "consolidate.value.conversion-overflow": (p: { raw: string; from: string; to: string }) =>
    `“${p.raw}”按本表计量单位“${p.from}”换算为“${p.to}”后超出可计算的范围，未计入汇总；请核实数值和计量单位`,
} satisfies MessageTable;
