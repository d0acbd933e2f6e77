import type { Indicator, NumberStyle, TemplateNarrative } from "../../template/types";

/**
 * How reports write counts and quantities (domain.md §6): exact figures below 10万 in full (13500人次,
 * 15929人), larger ones in 万/亿 with one decimal, 余 when rounded down (18.3万余次) and 近 when rounded
 * up (近14.9万人次). A template's `narrative.numberStyle` changes it for its figures, an indicator's for its own.
 */
export const REPORT_NUMBER_STYLE: Readonly<Required<NumberStyle>> = Object.freeze({ exactBelow: 100_000, decimals: 1, roundedDown: "余" });

/**
 * How reports write money: 元 below 1万元 (5500元, never 约0.55万元), else 万元 or 亿元 with two decimals
 * (930.95万元, 2.2亿元); the cents dropped from a large sum are not worth a hedge.
 */
export const REPORT_MONEY_STYLE = Object.freeze({ inYuanBelow: 10_000, decimals: 2 });

/** The number style of a figure: the report's, then the template's, then the indicator's own. */
export function numberStyleFor(field: Pick<Indicator, "narrative">, template?: { narrative?: TemplateNarrative }): Required<NumberStyle> {
  const own = field.narrative?.numberStyle;
  const shared = template?.narrative?.numberStyle;
  return {
    exactBelow: own?.exactBelow ?? shared?.exactBelow ?? REPORT_NUMBER_STYLE.exactBelow,
    decimals: own?.decimals ?? shared?.decimals ?? REPORT_NUMBER_STYLE.decimals,
    roundedDown: own?.roundedDown ?? shared?.roundedDown ?? REPORT_NUMBER_STYLE.roundedDown,
  };
}
