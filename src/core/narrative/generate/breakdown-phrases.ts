import type { Indicator } from "../../template/types";
import { textPhrase } from "../spec/text-phrase";
import type { Phrase } from "../spec/types";
import { childrenPhrases } from "./_lib/item-phrases";
import type { ItemWords, ListOptions } from "./item-words";
import type { NarrativeInput } from "./narrative-input";

/**
 * The 其中 of a total (domain.md §6): 其中中央级3篇、省级12篇、市级35篇. A child's own children
 * follow it in brackets. Children with nothing to state are left out; undefined when none is left,
 * so "，其中" is never written before nothing.
 */
export function breakdownPhrases(field: Indicator, input: NarrativeInput, words: ItemWords = {}, options: Pick<ListOptions, "keep"> = {}): Phrase[] | undefined {
  const children = childrenPhrases(field, input, words, options);
  return children && [textPhrase("其中"), ...children];
}
