import type { TemplateNarrative } from "../../template/types";
import { readReportPeriod, type ReportPeriod } from "../generate/report-period";

/** How the earlier figure relates to the current one: the same period a year before, the period just before, or some earlier report. */
export type PeriodRelation = "year-on-year" | "period-on-period" | "earlier";

/** The words of a change and of no change: 同比增长12.3% / 与上年同期基本持平. */
export interface ComparisonWords {
  /** Before 增长, 下降, 提高: 同比, 环比, 比上期. */
  change: string;
  /** Before 持平 and 基本持平. */
  flat: string;
}

/**
 * The words of a comparison by how the periods relate (domain.md §6): against the same period a year
 * before 同比 (与上年同期基本持平), against the period just before 环比, against a report of no known
 * relation 比上期.
 */
export const COMPARISON_WORDS: Readonly<Record<PeriodRelation, ComparisonWords>> = Object.freeze({
  "year-on-year": { change: "同比", flat: "与上年同期" },
  "period-on-period": { change: "环比", flat: "环比" },
  earlier: { change: "比上期", flat: "与上期" },
});

/**
 * The changes written 基本持平 (domain.md §6: 基本持平 for small changes), by default: a count or sum
 * that moved by less than 1% of the earlier figure, a rate by less than half a percentage point. A
 * template's `narrative.flatBelow` sets its own.
 */
export const FLAT_BELOW = Object.freeze({ relative: 1, points: 0.5 });

/** A change from this many percent up is written in times: 增长1.1倍 for 112.5%, 翻一番 for exactly 100%. */
export const TIMES_FROM = 100;

export function flatBelowFor(template: { narrative?: TemplateNarrative }): { relative: number; points: number } {
  const own = template.narrative?.flatBelow;
  return { relative: own?.relative ?? FLAT_BELOW.relative, points: own?.points ?? FLAT_BELOW.points };
}

/** How the previous report's period relates to the current one, each as written (2023年上半年, 截至2023年2月20日24时). */
export function periodRelation(current: string | undefined, previous: string | undefined): PeriodRelation {
  const now = readReportPeriod(current);
  const before = readReportPeriod(previous);
  if (!now || !before || now.kind !== before.kind) return "earlier";
  if (now.kind === "months") return now.index === before.index && now.last === before.last && now.year - before.year === 1 ? "year-on-year" : "earlier";
  if (now.kind === "day") return dayRelation(now, before);
  if (now.index === before.index && now.year - before.year === 1) return "year-on-year";
  const perYear = { year: 1, half: 2, quarter: 4, month: 12, xun: 36 }[now.kind];
  return linear(now, perYear) - linear(before, perYear) === 1 ? "period-on-period" : "earlier";
}

function linear(period: ReportPeriod, perYear: number): number {
  return period.year * perYear + period.index - 1;
}

function dayRelation(now: ReportPeriod, before: ReportPeriod): PeriodRelation {
  const at = (p: ReportPeriod) => Date.UTC(p.year, 0, p.index);
  const sameDayOfYear = new Date(at(now)).toISOString().slice(5, 10) === new Date(at(before)).toISOString().slice(5, 10);
  if (sameDayOfYear && now.year - before.year === 1) return "year-on-year";
  return at(now) - at(before) === 86_400_000 ? "period-on-period" : "earlier";
}
