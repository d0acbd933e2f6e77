import { eachField, findingAt } from "../_lib/make-finding";
import type { Finding } from "../finding";
import type { Rule } from "../rule";

/**
 * Tolerant reading stays visible: every conversion the parser made ("按 3.2万 = 32000 计") and every
 * approximation kept ("300余") is said as a 提示, so nothing is changed behind the clerk's back.
 */
export const visibleParseRule: Rule = {
  id: "visible-parse",
  check({ reading }) {
    // It goes through every cell of every file consolidated, nearly all silent: a value read as it stands has no step nor qualifier, and is passed over.
    const findings: Finding[] = [];
    eachField(reading, (field) => {
      if (field.status !== "number") return;
      if (field.qualifier) findings.push(findingAt(reading, field, "validate.approximate", "hint", { input: field.cell.text, value: field.number ?? "", qualifier: field.qualifier }));
      else if (field.steps.length > 0) findings.push(findingAt(reading, field, "validate.parsed-as", "hint", { steps: field.steps }));
    });
    return findings;
  },
};
