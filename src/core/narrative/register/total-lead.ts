import type { Indicator } from "../../template/types";

/**
 * The word before the first total of a chain (domain.md §6: totals are introduced with 共 / 累计):
 * 累计 for a cumulative figure (累计设置户外广告牌120块), 共 for any other (共开展中心组学习12次).
 */
export const TOTAL_LEAD = Object.freeze({ cumulative: "累计", other: "共" });

/** Words that introduce a total: nothing is added before an opening that begins with one (累计核酸检测), or after words that end with one (全县共). */
const LEADS = "共|累计|合计|总计|总共|累积";
const ALREADY_LED = new RegExp(`^(${LEADS})`);
const ENDS_LED = new RegExp(`(${LEADS})$`);

/** Whether words end with a word that introduces a total, so what follows needs none of its own. */
export function endsWithLead(text: string): boolean {
  return ENDS_LED.test(text.trimEnd());
}

/**
 * The lead of a chain whose first item is `field`, written `verb` + `name`. It goes before the verb (累计
 * 设置…, 共派出…); an item without one gets none, as 共 before a bare noun (共粉丝…) is no Chinese. Nor
 * does a rate, or an opening that already introduces a total.
 */
export function totalLead(field: Pick<Indicator, "kind" | "cumulative">, verb: string, name: string): string {
  if (verb === "" || field.kind === "percent" || ALREADY_LED.test(verb + name)) return "";
  return field.cumulative ? TOTAL_LEAD.cumulative : TOTAL_LEAD.other;
}
