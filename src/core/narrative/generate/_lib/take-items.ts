import type { Phrase } from "../../spec/types";
import type { ListOptions } from "../item-words";

/**
 * The items with something to state, at most `limit` of them, and whether the list is partial
 * (some items left unnamed, or the template says so): then it ends with 等.
 */
export function takeItems<T extends { phrases: Phrase[] | undefined }>(items: readonly T[], options: ListOptions): { kept: (T & { phrases: Phrase[] })[]; partial: boolean } {
  const stated = items.filter((item): item is T & { phrases: Phrase[] } => item.phrases !== undefined);
  const limit = options.limit ?? Infinity;
  const kept = stated.slice(0, limit);
  return { kept, partial: options.partial === true || kept.length < stated.length };
}
