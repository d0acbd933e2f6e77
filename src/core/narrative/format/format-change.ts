import { assertDecimals, assertFinite } from "./_lib/assert-input";
import { decimalDigits, roundDecimal } from "./_lib/decimal";

export interface ChangeOptions {
  /**
   * `relative` (default): the change of a count or sum in percent of the previous figure (增长12.3%).
   * `points`: the change of a rate, current − previous in percentage points (提高2.3个百分点).
   */
  kind?: "relative" | "points";
  /**
   * A change smaller than this (in percent for `relative`, in points for `points`) is written as
   * 基本持平. Default 0.5: below half a percent the one-decimal figure says more than the data do
   * ("增长0.2%" on a count of 500 is one item), and clerks write 基本持平.
   */
  flatThreshold?: number;
  /** What the figure is compared with (default 上年同期): 比上年同期增长…, 与上年同期基本持平. `false` leaves it out. */
  compareTo?: string | false;
  /**
   * The words before a change and before 持平, where they are not 比X / 与X: 同比增长12.3% with
   * { change: "同比", flat: "与上年同期" }, 环比下降5% with { change: "环比", flat: "环比" }. Wins over `compareTo`.
   */
  words?: { change: string; flat: string };
  /**
   * A rise from this many percent up is written in times (default 100): 增长1.1倍 for 112.5%, and
   * exactly 100% as 翻一番. `false` keeps percentages.
   */
  timesFrom?: number | false;
  /** Decimals of the change shown (default 1), trailing zeros dropped. */
  decimals?: number;
}

export interface FormattedChange {
  /** 比上年同期增长12.3%, 比上年同期下降1.5个百分点, 与上年同期基本持平, 与上年同期持平, 同比增长1.1倍. */
  text: string;
  trend: "up" | "down" | "flat";
  /** The raw change: percent of the previous figure for `relative`, percentage points for `points`. */
  value: number;
}

/**
 * How a figure moved against an earlier one, in the words of reports (domain.md §6).
 *
 * Gives `undefined` when there is nothing to compare: the previous (or current) figure is missing,
 * or, for a relative change, the previous figure is 0 and the current is not (a growth "from zero"
 * has no percentage; the caller writes 新增 or leaves it out). 0 against 0 is 持平. A negative
 * previous figure is measured against its size, so that a rise is still called 增长.
 */
export function formatChange(
  current: number | null | undefined,
  previous: number | null | undefined,
  options: ChangeOptions = {},
): FormattedChange | undefined {
  if (current === null || current === undefined || previous === null || previous === undefined) return undefined;
  assertFinite(current);
  assertFinite(previous);
  const decimals = options.decimals ?? 1;
  assertDecimals(decimals);
  const points = options.kind === "points";
  let change: number;
  if (points) change = current - previous;
  else if (previous !== 0) change = ((current - previous) * 100) / Math.abs(previous);
  else if (current === 0) change = 0;
  else return undefined;
  // 112.3 − 100 is 12.299999999999997 in floats; the raw value kept in the spec should read 12.3.
  change = Number(change.toPrecision(12));

  const words = options.words ?? wordsOf(options.compareTo === undefined ? "上年同期" : options.compareTo);
  const shown = roundDecimal(Math.abs(change), decimals);
  if (current === previous || Math.abs(change) < (options.flatThreshold ?? 0.5) || shown === 0) {
    const flat = current === previous ? "持平" : "基本持平";
    return { text: `${words.flat}${flat}`, trend: "flat", value: change };
  }
  const up = change > 0;
  const timesFrom = options.timesFrom ?? 100;
  if (up && !points && timesFrom !== false && change >= timesFrom) {
    const times = change === 100 ? "翻一番" : `增长${decimalDigits(roundDecimal(change / 100, decimals), decimals)}倍`;
    return { text: `${words.change}${times}`, trend: "up", value: change };
  }
  const verb = up ? (points ? "提高" : "增长") : "下降";
  const amount = decimalDigits(shown, decimals) + (points ? "个百分点" : "%");
  return { text: `${words.change}${verb}${amount}`, trend: up ? "up" : "down", value: change };
}

function wordsOf(compareTo: string | false): { change: string; flat: string } {
  return compareTo === false ? { change: "", flat: "" } : { change: `比${compareTo}`, flat: `与${compareTo}` };
}
