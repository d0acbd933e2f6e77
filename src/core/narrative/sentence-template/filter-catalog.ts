import { breakdownFilter, changeFilter, cnFilter, labelFilter, moneyFilter, numberFilter, percentFilter, progressFilter, rateFilter, roundFilter, unitFilter } from "./_lib/figure-filters";
import type { FilterDefinition } from "./_lib/filter-definition";
import { belowFilter, chainFilter, countFilter, groupsFilter, includesFilter, listFilter, topFilter } from "./_lib/list-filters";
import { dateOnlyFilter, dateTimeFilter, reportingFilter, scopeFilter } from "./_lib/other-filters";

const ALL: readonly FilterDefinition[] = [
  numberFilter,
  roundFilter,
  moneyFilter,
  percentFilter,
  rateFilter,
  changeFilter,
  cnFilter,
  unitFilter,
  labelFilter,
  breakdownFilter,
  progressFilter,
  dateOnlyFilter,
  dateTimeFilter,
  countFilter,
  listFilter,
  chainFilter,
  includesFilter,
  groupsFilter,
  topFilter,
  belowFilter,
  reportingFilter,
  scopeFilter,
];

/** Each filter's Chinese name, the one a clerk writes ({单位|报送情况}, {累计筹备物资金额|金额(约)}). */
const CHINESE: ReadonlyMap<FilterDefinition, string> = new Map([
  [numberFilter, "数值"],
  [roundFilter, "约数"],
  [moneyFilter, "金额"],
  [percentFilter, "百分比"],
  [rateFilter, "比率"],
  [changeFilter, "变化"],
  [cnFilter, "中文数字"],
  [unitFilter, "计量单位"],
  [labelFilter, "名称"],
  [breakdownFilter, "构成"],
  [progressFilter, "进度"],
  [dateOnlyFilter, "日期"],
  [dateTimeFilter, "时间"],
  [countFilter, "个数"],
  [listFilter, "列举"],
  [chainFilter, "串述"],
  [includesFilter, "包括"],
  [groupsFilter, "分述"],
  [topFilter, "排名"],
  [belowFilter, "低于"],
  [reportingFilter, "报送情况"],
  [scopeFilter, "范围"],
]);

/** The filters of the template language by name: the Chinese one, and the English one templates written before still use. */
export const FILTERS: ReadonlyMap<string, FilterDefinition> = new Map(
  ALL.flatMap((filter) => [[filter.name, filter] as const, [CHINESE.get(filter)!, filter] as const]),
);

/** The filter names, in Chinese, in the order the pane offers them. */
export const FILTER_NAMES: readonly string[] = ALL.map((filter) => CHINESE.get(filter)!);

/** The English filter names, for hints to a template written with them. */
export const ENGLISH_FILTER_NAMES: readonly string[] = ALL.map((filter) => filter.name);
