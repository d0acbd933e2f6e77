import type { EntityKind, EntityPhrase } from "./types";

/** What a formatter returns (FormattedNumber, FormattedChange) or any display text with its raw value. */
export interface EntityDisplay {
  text: string;
  value?: number;
  qualifier?: string;
  trend?: "up" | "down" | "flat";
}

/**
 * An entity phrase from a formatter's result: the display text, raw value, qualifier and trend are
 * copied as they are; `details` adds the unit, indicator key and source. A plain string is a name
 * (城关镇, 医用口罩).
 */
export function entityPhrase(
  kind: EntityKind,
  display: EntityDisplay | string,
  details: Pick<EntityPhrase, "unit" | "indicatorKey" | "source" | "trend"> = {},
): EntityPhrase {
  const shown = typeof display === "string" ? { text: display } : display;
  const phrase: EntityPhrase = { type: "entity", kind, text: shown.text };
  if (shown.value !== undefined) phrase.value = shown.value;
  if (shown.qualifier !== undefined) phrase.qualifier = shown.qualifier;
  const trend = details.trend ?? shown.trend;
  if (trend !== undefined) phrase.trend = trend;
  if (details.unit !== undefined) phrase.unit = details.unit;
  if (details.indicatorKey !== undefined) phrase.indicatorKey = details.indicatorKey;
  if (details.source !== undefined) phrase.source = details.source;
  return phrase;
}
