import type { ValueKind } from "../../template/types";

const MONEY = /^(元|万元|亿元|千元|百万元)$/;
const PERCENT = /^(%|％|‰|百分比)$/;
/** Units measured in parts: weights, lengths, areas, durations, and anything counted in 万/亿 (万只, 万人次). */
const DECIMAL = /^(吨|万吨|公斤|千克|斤|克|小时|米|公里|千米|平方米|平方公里|亩|公顷|立方米|升|毫升|(万|亿)(?!元).+)$/;

/** The kind of value a unit of measure implies: 万元 money, % percent, 吨 or 万只 decimal, 个 or 人 a count. */
export function kindOfUnit(unit: string): ValueKind {
  if (MONEY.test(unit)) return "money";
  if (PERCENT.test(unit)) return "percent";
  if (DECIMAL.test(unit)) return "decimal";
  return "integer";
}

/** A label that names a rate (复工率, 占比, 比重). */
export function namesARate(label: string): boolean {
  return /(率|占比|比重|比例)$/.test(label);
}
