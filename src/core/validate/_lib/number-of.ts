import type { ReportReading } from "../reading";

/** The number read for an indicator, or undefined when it is blank or unreadable. */
export function numberOf(reading: ReportReading, key: string): number | undefined {
  const field = reading.indicators.get(key);
  return field?.status === "number" ? field.number : undefined;
}
