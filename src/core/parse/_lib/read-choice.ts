import { nfkc } from "../../_lib/nfkc";
import type { ParsedValue } from "../parsed-value";
import { isTextPlaceholder } from "./placeholders";

/** How options are compared: full-width folded, spaces gone, Latin in lower case (已 完成 = 已完成). */
function matchKey(text: string): string {
  return nfkc(text)
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, "")
    .toLowerCase();
}

/**
 * The text itself when it reads as typed: free text with no placeholder left in, or (given options)
 * an option spelled exactly as the template spells it. Undefined when reading it takes more.
 */
export function plainChoice(raw: string, options: readonly string[] | undefined): string | undefined {
  if (!options || options.length === 0) return isTextPlaceholder(nfkc(raw)) ? undefined : raw;
  return options.includes(raw) ? raw : undefined;
}

/** Free text: kept as typed (trimmed); a placeholder left in (XX镇, ____, 某某) is flagged. */
export function readText(raw: string): ParsedValue {
  if (plainChoice(raw, undefined) === undefined) return { status: "placeholder", raw };
  return { status: "text", value: raw, raw, steps: [] };
}

/** One of a list: matched tolerantly, returned as the template spells the option. */
export function readChoice(raw: string, options: readonly string[] | undefined): ParsedValue {
  if (!options || options.length === 0) return readText(raw);
  if (plainChoice(raw, options) !== undefined) return { status: "text", value: raw, raw, steps: [] };
  const key = matchKey(raw);
  const option = options.find((candidate) => matchKey(candidate) === key);
  if (option !== undefined) {
    return { status: "text", value: option, raw, steps: [{ code: "parse.step.option-matched", params: { raw, option } }] };
  }
  if (isTextPlaceholder(nfkc(raw))) return { status: "placeholder", raw };
  return { status: "invalid", raw, reason: "parse.invalid.not-an-option", params: { raw, options: options.join("、") } };
}
