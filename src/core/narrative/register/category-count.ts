/**
 * How many categories a set phrase counts in Chinese numerals (domain.md §6: 三方面17项43个问题): a
 * few — up to 十 — as reports write them; past that, digits with 个 (12个方面), since no report counts
 * 十二方面, let alone 五万九千九百九十五方面 (what a ledger whose every row names its own 方面 gave).
 */
export const CATEGORY_COUNT = Object.freeze({ chineseUpTo: 10 });
