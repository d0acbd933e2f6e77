import { messageIn, type LocaleName } from "../locale";
import type { ParseStep, ParsedValue } from "./parsed-value";

// Steps and problems pair each code with its own params; TypeScript cannot follow that pairing
// through messageIn's generic signature, so the call is widened here once.
const render = messageIn as (locale: LocaleName, code: string, params: unknown) => string;

/** One step in words: 按 3.2万 = 32000 计. */
export function describeStep(step: ParseStep, locale: LocaleName = "zh-CN"): string {
  return render(locale, step.code, step.params);
}

/**
 * What reading a value did or why it failed, one line each: the steps of a value, the reason of an
 * invalid one, the placeholder or "none" message; nothing for an empty cell or a plain reading.
 */
export function describeParse(parsed: ParsedValue, locale: LocaleName = "zh-CN"): string[] {
  switch (parsed.status) {
    case "empty":
      return [];
    case "placeholder":
      return [messageIn(locale, "parse.placeholder", { raw: parsed.raw })];
    case "nil":
      return [messageIn(locale, "parse.nil", { raw: parsed.raw })];
    case "invalid":
      return [render(locale, parsed.reason, parsed.params)];
    default:
      return parsed.steps.map((step) => describeStep(step, locale));
  }
}
