import { nfkc } from "../../_lib/nfkc";

/**
 * A reporting period read from how it is written: 2023年 (a year), 2023年上半年, 2023年第一季度 (or 一季度,
 * 1季度), 2023年2月, 2023年2月上旬, 2023年2月20日 (a day, also as a cut-off 截至2023年2月20日24时 or
 * 2023-02-20), or a run of months 2023年1—6月.
 */
export interface ReportPeriod {
  kind: "year" | "half" | "quarter" | "month" | "xun" | "day" | "months";
  year: number;
  /** The place within the year, 1-based: the half, quarter, month, 旬 (1–36) or day of the year; for `months`, the first month. */
  index: number;
  /** For `months`, the last month. */
  last?: number;
}

const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };
const XUN: Record<string, number> = { 上: 1, 中: 2, 下: 3 };

/** The period a text names, or undefined when it names none this reads. */
export function readReportPeriod(text: string | undefined): ReportPeriod | undefined {
  if (!text) return undefined;
  const t = nfkc(text).replace(/\s+/g, "").replace(/^截[至止]/, "");
  let m = /(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(t) ?? /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(t);
  if (m) return { kind: "day", year: Number(m[1]), index: dayOfYear(Number(m[1]), Number(m[2]), Number(m[3])) };
  m = /(\d{4})年(\d{1,2})月(上|中|下)旬/.exec(t);
  if (m) return { kind: "xun", year: Number(m[1]), index: (Number(m[2]) - 1) * 3 + XUN[m[3]!]! };
  m = /(\d{4})年(\d{1,2})月?[-—–~至到](\d{1,2})月/.exec(t);
  if (m) return { kind: "months", year: Number(m[1]), index: Number(m[2]), last: Number(m[3]) };
  m = /(\d{4})年(\d{1,2})月/.exec(t);
  if (m) return { kind: "month", year: Number(m[1]), index: Number(m[2]) };
  m = /(\d{4})年?第?([一二三四1-4])季度/.exec(t);
  if (m) return { kind: "quarter", year: Number(m[1]), index: CHINESE_DIGITS[m[2]!] ?? Number(m[2]) };
  m = /(\d{4})年?(上|下)半年/.exec(t);
  if (m) return { kind: "half", year: Number(m[1]), index: m[2] === "上" ? 1 : 2 };
  m = /(\d{4})年/.exec(t);
  if (m) return { kind: "year", year: Number(m[1]), index: 1 };
  return undefined;
}

function dayOfYear(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
}
