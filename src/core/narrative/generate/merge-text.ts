import { textPhrase } from "../spec/text-phrase";
import type { Phrase } from "../spec/types";

/** Neighbouring text phrases as one, so a spec reads "个单位中已报送" rather than three scraps. */
export function mergeText(phrases: readonly Phrase[]): Phrase[] {
  const out: Phrase[] = [];
  for (const phrase of phrases) {
    const last = out.at(-1);
    if (phrase.type === "text" && phrase.text === "") continue;
    if (phrase.type === "text" && last?.type === "text") out[out.length - 1] = textPhrase(last.text + phrase.text);
    else out.push(phrase);
  }
  return out;
}
