import { parseValue } from "../../parse";
import type { NarrativeCutoff } from "./narrative-input";

/**
 * The cut-off of an as-of report from its 截至时间 as written ("2023年2月20日24时", "2023-02-20"):
 * the day, and the hour when one is stated. `year` fills in a date written without one (2月20日).
 */
export function cutoffFromPeriod(period: string | undefined, year?: number): NarrativeCutoff | undefined {
  if (!period) return undefined;
  const parsed = parseValue(period.replace(/^截[至止]/, ""), { kind: "datetime" }, year ? { year } : {});
  if (parsed.status !== "date") return undefined;
  if (!parsed.time) return { date: parsed.value };
  // 24时 is stored as the next day's 0时; the narrative says 20日24时 as the clerk wrote it.
  const day = parsed.time.hour === 24 ? new Date(parsed.value.getTime() - 86400000) : parsed.value;
  const date = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()));
  return { date, hour: parsed.time.hour, ...(parsed.time.minute ? { minute: parsed.time.minute } : {}) };
}
