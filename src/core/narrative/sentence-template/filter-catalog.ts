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

/** The filters of the template language by name. */
export const FILTERS: ReadonlyMap<string, FilterDefinition> = new Map(ALL.map((filter) => [filter.name, filter] as const));

/** The filter names, in the order the pane offers them. */
export const FILTER_NAMES: readonly string[] = ALL.map((filter) => filter.name);
