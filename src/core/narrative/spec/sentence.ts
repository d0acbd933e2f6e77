import { textPhrase } from "./text-phrase";
import type { Phrase, Sentence } from "./types";

/**
 * A sentence from its parts in reading order; a string is a text phrase, so generators can write
 * sentence("共发放", entityPhrase("number", count), "宣传单"). Empty strings are dropped.
 */
export function sentence(...parts: (Phrase | string)[]): Sentence {
  return {
    phrases: parts.filter((part) => part !== "").map((part) => (typeof part === "string" ? textPhrase(part) : part)),
  };
}
