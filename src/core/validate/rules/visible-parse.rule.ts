import { allFields, findingAt } from "../_lib/make-finding";
import type { Finding } from "../finding";
import type { Rule } from "../rule";

/**
 * Tolerant reading stays visible: every conversion the parser made ("按 3.2万 = 32000 计") and every
 * approximation kept ("300余") is said as a 提示, so nothing is changed behind the clerk's back.
 */
export const visibleParseRule: Rule = {
  id: "visible-parse",
  check({ reading }) {
    // A loop, not a flatMap: it goes through every cell of every file consolidated, nearly all silent.
    const findings: Finding[] = [];
    for (const field of allFields(reading)) {
      if (field.status !== "number") continue;
      if (field.qualifier) findings.push(findingAt(reading, field, "validate.approximate", "hint", { input: field.cell.text, value: field.number ?? "", qualifier: field.qualifier }));
      else if (field.steps.length > 0) findings.push(findingAt(reading, field, "validate.parsed-as", "hint", { steps: field.steps }));
    }
    return findings;
  },
};
