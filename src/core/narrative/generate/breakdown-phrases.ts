import type { Indicator } from "../../template/types";
import { textPhrase } from "../spec/text-phrase";
import type { Phrase } from "../spec/types";
import { ofWhich } from "./_lib/item-phrases";
import type { ItemWords, ListOptions } from "./item-words";
import type { NarrativeInput } from "./narrative-input";

/**
 * The 其中 of a total (domain.md §6): 其中中央级3篇、省级12篇、市级35篇, its parts named without the
 * total's word and their own parts as a clause of their own (see ofWhich). Parts with nothing to state
 * are left out; undefined when none is left, or when 其中 would only repeat the total, so "，其中" is
 * never written before nothing.
 */
export function breakdownPhrases(field: Indicator, input: NarrativeInput, words: ItemWords = {}, options: Pick<ListOptions, "keep"> = {}): Phrase[] | undefined {
  const parts = ofWhich(field, input, words, options);
  return parts && [textPhrase("其中"), ...parts];
}
