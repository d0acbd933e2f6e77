import type { narrativeZh } from "../zh-CN/narrative";

export const narrativeEn: typeof narrativeZh = {
  "narrative.not-finite": (p) => `Invalid number in the narrative: ${p.value} (a finite number is expected)`,
  "narrative.bad-decimals": (p) => `Invalid number of decimals: ${p.value} (an integer from 0 to 10 is expected)`,
  "narrative.not-count": (p) => `Cannot write ${p.value} in Chinese numerals (a non-negative integer is expected)`,
  "narrative.not-ordinal": (p) => `Cannot write ${p.value} as an ordinal (an integer of at least 1 is expected)`,
  "narrative.bad-date": (p) => `Invalid date: ${p.value}`,
  "narrative.bad-time": (p) => `Invalid time: ${p.value} (hour 0–24, minute 0–59)`,
};
