import { eachField, findingAt } from "../_lib/make-finding";
import type { Finding } from "../finding";
import type { Rule } from "../rule";

/**
 * A placeholder left in (xx, __, *, 某) gets its own message, not "not a number"; a dash or 无 is
 * flagged for a look, since it is never read as 0.
 */
export const placeholderRule: Rule = {
  id: "placeholder",
  check({ reading }) {
    // It goes through every cell of every file consolidated, nearly all silent: a value read as it stands is no placeholder, and is passed over.
    const findings: Finding[] = [];
    eachField(reading, (field) => {
      if (field.status === "placeholder") findings.push(findingAt(reading, field, "validate.placeholder", "error", { input: field.cell.text }));
      else if (field.status === "nil") findings.push(findingAt(reading, field, "validate.nil", "verify", { input: field.cell.text }));
    });
    return findings;
  },
};
