import type { IndicatorSection } from "../../template/types";
import { textPhrase } from "../spec/text-phrase";
import type { Phrase } from "../spec/types";
import { listPhrases } from "./_lib/list-phrases";
import { itemList } from "./item-list";
import type { ItemWords, ListOptions } from "./item-words";
import type { NarrativeInput } from "./narrative-input";

/**
 * What each section holds, clauses joined with ； (domain.md §6): 消杀类包括84消毒液3.2吨、消毒粉1.5吨；
 * 防护类包括医用口罩12.5万只、防护服1200套. A section with nothing to state is left out; an untitled
 * one is its bare list. Undefined when no section has anything.
 */
export function sectionIncludes(sections: readonly IndicatorSection[], input: NarrativeInput, words: ItemWords = {}, options: ListOptions = {}): Phrase[] | undefined {
  return listPhrases(
    sections.map((section) => {
      const list = itemList(section.indicators, input, words, options);
      return list ? [textPhrase(section.title ? `${section.title}包括` : ""), ...list] : [];
    }),
    { separator: "；" },
  );
}
