import { allFields, findingAt } from "../_lib/make-finding";
import type { Rule } from "../rule";

/**
 * Tolerant reading stays visible: every conversion the parser made ("按 3.2万 = 32000 计") and every
 * approximation kept ("300余") is said as a 提示, so nothing is changed behind the clerk's back.
 */
export const visibleParseRule: Rule = {
  id: "visible-parse",
  check({ reading }) {
    return allFields(reading).flatMap((field) => {
      if (field.status !== "number") return [];
      if (field.qualifier)
        return [findingAt(reading, field, "validate.approximate", "hint", { input: field.cell.text, value: field.number ?? "", qualifier: field.qualifier })];
      if (field.steps.length === 0) return [];
      return [findingAt(reading, field, "validate.parsed-as", "hint", { steps: field.steps })];
    });
  },
};
