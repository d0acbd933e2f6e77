import { allFields, findingAt } from "../_lib/make-finding";
import type { Rule } from "../rule";

/**
 * A placeholder left in (xx, __, *, 某) gets its own message, not "not a number"; a dash or 无 is
 * flagged for a look, since it is never read as 0.
 */
export const placeholderRule: Rule = {
  id: "placeholder",
  check({ reading }) {
    return allFields(reading).flatMap((field) => {
      if (field.status === "placeholder") return [findingAt(reading, field, "validate.placeholder", "error", { input: field.cell.text })];
      if (field.status === "nil") return [findingAt(reading, field, "validate.nil", "verify", { input: field.cell.text })];
      return [];
    });
  },
};
