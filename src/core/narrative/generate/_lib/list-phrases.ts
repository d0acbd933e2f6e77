import { textPhrase } from "../../spec/text-phrase";
import type { Phrase } from "../../spec/types";
import { mergeText } from "../merge-text";

/**
 * Items of phrases joined like joinList joins words: 、 between them (or `separator`), 等 after a
 * partial list. Empty items are left out, so a missing one leaves no "、、"; no items give undefined.
 */
export function listPhrases(items: readonly (readonly Phrase[])[], options: { partial?: boolean; separator?: string } = {}): Phrase[] | undefined {
  const kept = items.filter((item) => item.length > 0);
  if (kept.length === 0) return undefined;
  const out: Phrase[] = [];
  kept.forEach((item, i) => {
    if (i > 0) out.push(textPhrase(options.separator ?? "、"));
    out.push(...item);
  });
  if (options.partial) out.push(textPhrase("等"));
  return mergeText(out);
}
