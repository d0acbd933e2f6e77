import { problem, problemText, type LocaleName, type Problem } from "../locale";
import type { InvalidReason, ParsedInvalid, ParsedValue } from "./parsed-value";

/** Why a value could not be read, as a problem. */
export function invalidProblem(parsed: ParsedInvalid): Problem<InvalidReason> {
  // The reason and its params are paired in ParsedInvalid's union, which TypeScript does not follow into a new object.
  return { code: parsed.reason, params: parsed.params } as Problem<InvalidReason>;
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
      return [problemText(problem("parse.placeholder", { raw: parsed.raw }), locale)];
    case "nil":
      return [problemText(problem("parse.nil", { raw: parsed.raw }), locale)];
    case "invalid":
      return [problemText(invalidProblem(parsed), locale)];
    default:
      return parsed.steps.map((step) => problemText(step, locale));
  }
}
