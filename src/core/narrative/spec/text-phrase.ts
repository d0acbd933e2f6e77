import type { TextPhrase } from "./types";

/** A phrase of plain words. */
export function textPhrase(text: string): TextPhrase {
  return { type: "text", text };
}
