import type { Indicator } from "../../../template/types";
import { partName } from "../../register/part-name";
import { textPhrase } from "../../spec/text-phrase";
import type { Phrase } from "../../spec/types";
import { fieldTotal } from "../field-total";
import { figurePhrase } from "../figure-phrase";
import type { ItemWords, ListOptions } from "../item-words";
import { mergeText } from "../merge-text";
import type { NarrativeInput } from "../narrative-input";
import { scopeNote } from "../scope-note";
import { listPhrases } from "./list-phrases";

type Keep = Pick<ListOptions, "keep">;

/**
 * What an item of a list is written as, its 其中 in brackets after it (媒体稿件86篇（其中中央级3篇、
 * 省级12篇）), or undefined when it is left out (no data, or 0, unless `keep`).
 */
export function itemPhrases(field: Indicator, input: NarrativeInput, words: ItemWords, options: Keep): Phrase[] | undefined {
  const phrases = figureWithName(field, itemName(field, words), input, options);
  const parts = phrases && ofWhich(field, input, words, options);
  return parts ? [...phrases, textPhrase("（其中"), ...parts, textPhrase("）")] : phrases;
}

/**
 * The parts of a total to state after 其中 (domain.md §6), named without the total's word: 镇街2607人、
 * 社区2681人. A part's own parts follow as a clause of their own, never in brackets within brackets
 * (；党纪政务处分中科级及以上干部2809人). Undefined when no part has anything to state; when the one part
 * that has is the whole total, 其中 would only repeat it, and that part's own parts stand in for it.
 */
export function ofWhich(field: Indicator, input: NarrativeInput, words: ItemWords, options: Keep): Phrase[] | undefined {
  const parts = (field.children ?? []).flatMap((child) => {
    const phrases = figureWithName(child, partNameOf(child, field, words), input, options);
    return phrases ? [{ child, phrases }] : [];
  });
  if (parts.length === 0) return undefined;
  if (parts.length === 1 && repeatsTotal(parts[0]!.child, field, input)) return ofWhich(parts[0]!.child, input, words, options);
  const ownParts = parts.flatMap(({ child }) => {
    const inner = ofWhich(child, input, words, options);
    return inner ? [textPhrase(`；${partNameOf(child, field, words)}中`), ...inner] : [];
  });
  return mergeText([...(listPhrases(parts.map((part) => part.phrases)) ?? []), ...ownParts]);
}

/** The name an item goes by in a sentence: the narrative template's `!names` entry, the template's narrative name, else the form's label. */
export function itemName(field: Indicator, words: ItemWords): string {
  return words.names?.get(field.key) ?? field.narrative?.name ?? field.label;
}

/** A part's name: as itemName, but a label that repeats its total's word is said without it (see partName). */
function partNameOf(part: Indicator, total: Indicator, words: ItemWords): string {
  return words.names?.get(part.key) ?? part.narrative?.name ?? partName(part.label, { label: total.label, verb: words.verbs?.get(total.key) });
}

function figureWithName(field: Indicator, name: string, input: NarrativeInput, options: Keep): Phrase[] | undefined {
  const total = fieldTotal(field, input);
  if (total === undefined) return options.keep ? [textPhrase(`${name}暂无数据`)] : undefined;
  if (total.value === 0 && !options.keep) return undefined;
  const phrases: Phrase[] = [textPhrase(field.kind === "percent" ? `${name}为` : name), figurePhrase(field, total, { template: input.template })];
  const note = scopeNote(field);
  return note ? [...phrases, note] : phrases;
}

/** Whether the part's figure reads the same as its total's: 其中 would say nothing new. */
function repeatsTotal(part: Indicator, total: Indicator, input: NarrativeInput): boolean {
  const own = fieldTotal(part, input);
  const whole = fieldTotal(total, input);
  return own !== undefined && whole !== undefined && figurePhrase(part, own, { template: input.template }).text === figurePhrase(total, whole, { template: input.template }).text;
}
