/**
 * The rules of the register the narrative keeps (domain.md §6), measured on real county work reports.
 * Each names where its words or thresholds are kept as data; the generators follow them, and the
 * register's table test states every rule in sentence shapes, figures in and the sentence out.
 */
export interface RegisterRule {
  id: string;
  /** What reports do, in a line. */
  says: string;
}

export const REGISTER_RULES: readonly RegisterRule[] = Object.freeze([
  { id: "numbering", says: "一是 never stands without 二是: one group with figures is a plain chain (NUMBERING)" },
  { id: "ranking", says: "排名前三 names three units that have a figure, in an order no tie decides, often with their figures; else no ranking (RANKING)" },
  { id: "total-lead", says: "the first total of a chain is introduced with 累计 (cumulative) or 共 (TOTAL_LEAD)" },
  { id: "part-name", says: "the parts of a breakdown are named without their total's word: 其中镇街2607人 (partName, a template's narrative name)" },
  { id: "of-which-repeat", says: "no 其中 whose one part equals the total" },
  { id: "nested-breakdown", says: "a part's own parts as a clause of their own (；党纪政务处分中科级及以上干部2人), never brackets in brackets" },
  { id: "measure-word", says: "nouns keep their measure words: 个体工商户 in 户, 好人 in 人 (a template's narrative measure)" },
  { id: "exact-figures", says: "exact figures below 10万 in full: 13500人次, 15929人 (REPORT_NUMBER_STYLE)" },
  { id: "large-figures", says: "large figures in 万/亿 with one decimal, 余 when rounded down, 近 when rounded up: 18.3万余次, 近14.9万人次" },
  { id: "money", says: "money below 1万元 in 元 (5500元), else 万元/亿元 with two decimals (REPORT_MONEY_STYLE)" },
  { id: "hedges", says: "a clerk's 余/多/近 travels into the text and through consolidation: 余 + 余 is 余, only mixed directions 约 (HEDGE_ROUNDING)" },
  { id: "comparison", says: "against the same period a year before 同比, against the period before 环比, else 比上期 (COMPARISON_WORDS)" },
  { id: "flat", says: "基本持平 for small changes of counts and of rates (FLAT_BELOW, a template's narrative.flatBelow)" },
  { id: "times", says: "a change from 100% up in times: 增长1.1倍, 翻一番 (TIMES_FROM)" },
  { id: "none-reported", says: "no unit reported: N个单位均未报送" },
  { id: "all-zero", says: "every unit that reported sent a 零报告: 均为零报告" },
  { id: "single-unit", says: "a single unit is named, never counted: 城关镇已报送, not 1个单位已全部报送" },
  { id: "no-one-aspect", says: "a ledger of one 方面 is not counted as 一方面 (which reads 'on the one hand')" },
  { id: "aspect-count", says: "方面 counted in Chinese numerals up to 十 (三方面), past that in digits with 个 (12个方面) (CATEGORY_COUNT)" },
  { id: "rate-over-limit", says: "a rate over 100% is left out of the text, with a 提示" },
  { id: "no-zero-figures", says: "a sentence whose every figure is 0 is left out: no 0个, no 已报送0个" },
]);
