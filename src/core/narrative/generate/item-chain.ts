import type { Indicator } from "../../template/types";
import { textPhrase } from "../spec/text-phrase";
import type { Phrase } from "../spec/types";
import { totalLead } from "../register/total-lead";
import { itemName, itemPhrases } from "./_lib/item-phrases";
import { listPhrases } from "./_lib/list-phrases";
import { takeItems } from "./_lib/take-items";
import type { ItemWords, ListOptions } from "./item-words";
import type { NarrativeInput } from "./narrative-input";

export interface ChainOptions extends ListOptions {
  /** The words before the chain already introduce its total (全县共…): no 共 or 累计 of its own. */
  led?: boolean;
}

/**
 * A chain of verb + item + figure (domain.md §6): 累计设置户外广告牌120块、电子显示屏30块，悬挂标语横幅560条，
 * 发放宣传单20.3万张. The first total, when it has a verb, is introduced with 累计 or 共 (see totalLead)
 * unless the words before the chain did (`led`). Items that share a verb and follow one another are
 * joined with 、 under one verb; a new verb starts a clause after ，. A rate stands in its own clause
 * (采用率为66.7%), as it is no item of the verb before it. Items with nothing to state are left out;
 * undefined when none is left.
 */
export function itemChain(fields: readonly Indicator[], input: NarrativeInput, words: ItemWords = {}, options: ChainOptions = {}): Phrase[] | undefined {
  const items = fields.map((field) => ({ field, verb: words.verbs?.get(field.key) ?? "", phrases: itemPhrases(field, input, words, options) }));
  const { kept, partial } = takeItems(items, options);
  const clauses: { verb: string; joins: boolean; items: Phrase[][] }[] = [];
  for (const item of kept) {
    const last = clauses.at(-1);
    const joins = item.field.kind !== "percent";
    if (last && last.joins && joins && last.verb === item.verb) last.items.push(item.phrases);
    else clauses.push({ verb: item.verb, joins, items: [item.phrases] });
  }
  const first = kept[0];
  const lead = first && !options.led ? totalLead(first.field, first.verb, itemName(first.field, words)) : "";
  return listPhrases(
    clauses.map((clause, i) => [textPhrase((i === 0 ? lead : "") + clause.verb), ...(listPhrases(clause.items) ?? [])]),
    { separator: "，", partial },
  );
}
