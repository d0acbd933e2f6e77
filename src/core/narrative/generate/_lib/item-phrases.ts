import type { Indicator } from "../../../template/types";
import { textPhrase } from "../../spec/text-phrase";
import type { Phrase } from "../../spec/types";
import { fieldTotal } from "../field-total";
import { figurePhrase } from "../figure-phrase";
import type { ItemWords, ListOptions } from "../item-words";
import type { NarrativeInput } from "../narrative-input";
import { scopeNote } from "../scope-note";
import { listPhrases } from "./list-phrases";

/** What an item of a list is written as, or undefined when it is left out (no data, or 0, unless `keep`). */
export function itemPhrases(field: Indicator, input: NarrativeInput, words: ItemWords, options: Pick<ListOptions, "keep">): Phrase[] | undefined {
  const name = itemName(field, words);
  const total = fieldTotal(field, input);
  if (total === undefined) return options.keep ? [textPhrase(`${name}暂无数据`)] : undefined;
  if (total.value === 0 && !options.keep) return undefined;
  const figure = figurePhrase(field, total);
  const phrases: Phrase[] = [textPhrase(field.kind === "percent" ? `${name}为` : name), figure];
  const note = scopeNote(field);
  if (note) phrases.push(note);
  const children = childrenPhrases(field, input, words, options);
  if (children) phrases.push(textPhrase("（其中"), ...children, textPhrase("）"));
  return phrases;
}

/** The 其中 children of a field with something to state, joined with 、; undefined when none has. */
export function childrenPhrases(field: Indicator, input: NarrativeInput, words: ItemWords, options: Pick<ListOptions, "keep">): Phrase[] | undefined {
  return listPhrases((field.children ?? []).map((child) => itemPhrases(child, input, words, options) ?? []));
}

/** The name an item goes by in a sentence: the template's `!names` entry, else the form's label. */
export function itemName(field: Indicator, words: ItemWords): string {
  return words.names?.get(field.key) ?? field.label;
}
