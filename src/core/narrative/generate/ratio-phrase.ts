import { formatRate } from "../format/format-rate";
import { entityPhrase } from "../spec/entity-phrase";
import type { EntityPhrase } from "../spec/types";

/** numerator ÷ denominator as a percentage entity (86 ÷ 92 → 93.5%); undefined for a denominator of 0. */
export function ratioPhrase(numerator: number, denominator: number, indicatorKey?: string): EntityPhrase | undefined {
  const rate = formatRate(numerator, denominator);
  return rate && entityPhrase("percent", rate, { unit: "%", ...(indicatorKey !== undefined ? { indicatorKey } : {}) });
}
