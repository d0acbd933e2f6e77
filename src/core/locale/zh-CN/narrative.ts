import type { MessageTable } from "../message-table";

/**
 * Messages of the narrative (综述). The formatting functions only throw on a programming error
 * (a NaN reaching them, a decimals count out of range); the text still names the value seen.
 */
export const narrativeZh = {
  "narrative.not-finite": (p: { value: string }) => `综述中的数值无效：${p.value}（应为有限数字）`,
  "narrative.bad-decimals": (p: { value: string }) => `小数位数无效：${p.value}（应为 0 到 10 的整数）`,
  "narrative.not-count": (p: { value: string }) => `无法写成中文数字：${p.value}（应为不小于 0 的整数）`,
  "narrative.not-ordinal": (p: { value: string }) => `无法写成序数：${p.value}（应为不小于 1 的整数）`,
  "narrative.bad-date": (p: { value: string }) => `日期无效：${p.value}`,
  "narrative.bad-time": (p: { value: string }) => `时刻无效：${p.value}（时应为 0 到 24，分应为 0 到 59）`,
} satisfies MessageTable;
