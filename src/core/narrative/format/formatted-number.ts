import type { Qualifier } from "../../parse/qualifiers";

/**
 * The approximation words clerks put on a figure (domain.md §4, §6) — the parser's own list, so any
 * qualifier it reads can be written back: 余/多 "a little more than", 近 "nearly", 约 "about",
 * 左右 "around", 以上 "or more", 以下 "or less", 不足 "less than". The formatters also add
 * 余/多/近 themselves when a figure is shown rounded.
 */
export type NumberQualifier = Qualifier;

/** A formatted figure: the display text beside the raw number it was made from (design.md principle 6). */
export interface FormattedNumber {
  /** Exactly what the narrative shows, unit included when one was given: "20万余张", "约930.95万元", "87.6%". */
  text: string;
  /** The raw value, unrounded, in the unit the caller passed (a percentage for percents: 87.6, not 0.876). */
  value: number;
  /** The qualifier written into `text`, whether carried from the input or added for rounding. */
  qualifier?: NumberQualifier;
}
