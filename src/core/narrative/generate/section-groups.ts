import type { IndicatorSection } from "../../template/types";
import { textPhrase } from "../spec/text-phrase";
import type { Sentence } from "../spec/types";
import { mergeText } from "./merge-text";
import { itemChain } from "./item-chain";
import { itemList } from "./item-list";
import type { ItemWords, ListOptions } from "./item-words";
import type { NarrativeInput } from "./narrative-input";

export interface GroupOptions extends ListOptions {
  /**
   * How a group opens: `方面` (default) writes 社会宣传方面，设置户外广告牌120块…, with the section's
   * items as a chain; `包括` writes 消杀类包括84消毒液3.2吨、…, with the items as a list.
   */
  lead?: "方面" | "包括";
}

/**
 * One sentence per section with something to state, for a section laid out as 一是…；二是…；三是…。
 * (the renderers number them). Sections with nothing to state are left out, so the numbering never
 * skips; an untitled section is its bare chain.
 */
export function sectionGroups(sections: readonly IndicatorSection[], input: NarrativeInput, words: ItemWords = {}, options: GroupOptions = {}): Sentence[] {
  const lead = options.lead ?? "方面";
  return sections.flatMap((section) => {
    const items = lead === "方面" ? itemChain(section.indicators, input, words, options) : itemList(section.indicators, input, words, options);
    if (!items) return [];
    const opening = section.title ? (lead === "方面" ? `${section.title}方面，` : `${section.title}包括`) : "";
    return [{ phrases: mergeText([textPhrase(opening), ...items]) }];
  });
}
