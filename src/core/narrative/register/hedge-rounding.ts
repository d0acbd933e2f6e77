import type { QualifierInfo } from "../../parse/qualifiers";
import type { FigureOptions } from "../format/figure-options";

/**
 * Which way a hedged figure is rounded when it is written in 万/亿, so the hedge stays true: a figure of
 * 余 (at least it) is cut (148,600余 → 14.8万余), one of 近 (at most it) rounded up (近148,600 → 近14.9万),
 * one of 约 rounded to the nearest.
 */
export const HEDGE_ROUNDING: Readonly<Record<QualifierInfo["sense"], NonNullable<FigureOptions["rounding"]>>> = Object.freeze({
  above: "down",
  "at-least": "down",
  below: "up",
  "at-most": "up",
  about: "nearest",
});
