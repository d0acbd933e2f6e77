import type { Indicator } from "../../template/types";
import type { Phrase } from "../spec/types";
import { itemPhrases } from "./_lib/item-phrases";
import { listPhrases } from "./_lib/list-phrases";
import { takeItems } from "./_lib/take-items";
import type { ItemWords, ListOptions } from "./item-words";
import type { NarrativeInput } from "./narrative-input";

/**
 * Items with their figures joined with 、: 84消毒液3.2吨、消毒粉1.5吨、喷雾器320个. An item's 其中
 * children follow it in brackets (媒体稿件86篇（其中中央级3篇、省级12篇）); a rate reads 复工率为93.5%.
 * Items with nothing to state are left out (see ListOptions.keep); undefined when none is left.
 */
export function itemList(fields: readonly Indicator[], input: NarrativeInput, words: ItemWords = {}, options: ListOptions = {}): Phrase[] | undefined {
  const { kept, partial } = takeItems(fields.map((field) => ({ phrases: itemPhrases(field, input, words, options) })), options);
  return listPhrases(kept.map((item) => item.phrases), { partial });
}
