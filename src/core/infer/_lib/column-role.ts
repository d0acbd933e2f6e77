import type { ColumnRole } from "../../template/types";

/** Role words of 宾栏 heads, tried in this order: a change first (同比增减 names 上年 too), 累计 before 本期 (本年累计). */
const ROLE_WORDS: Array<[ColumnRole, RegExp]> = [
  ["change", /同比|环比|增减|增长|增幅|变化|比上年|比上期|比去年/],
  ["previous-year", /上年同期|去年同期|上年同月|上年同|去年同/],
  ["previous", /^(上期|上月|上旬|上周|上季|上一期)/],
  ["cumulative", /累计|本年|年初至今|截至|截止|自年初/],
  ["current", /本期|本月|本日|本周|本旬|本季|当日|当期|当月|新增|本次/],
];

/** The role a head's words give its column, if any (a grid's measures, 企业总数 / 已复工, have none). */
export function roleOfHead(head: string): ColumnRole | undefined {
  for (const [role, words] of ROLE_WORDS) if (words.test(head)) return role;
  return undefined;
}

/** Whether a change column compares with the period before (环比) rather than the year before (同比). */
export function comparesWithPrevious(head: string): boolean {
  return /环比|比上期|上期|上月/.test(head);
}

/** Heads of a form's one value column that say nothing more (数值, 填报数). */
export function isPlainValueHead(head: string): boolean {
  return /^(数值|数量|填报数|数据|合计数|金额|指标值|数)$/.test(head);
}

export const ROLE_NAMES: Record<ColumnRole, string> = {
  current: "本期",
  cumulative: "累计",
  "previous-year": "上年同期",
  previous: "上期",
  change: "增减",
};
