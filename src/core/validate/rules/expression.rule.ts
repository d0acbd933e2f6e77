import { compileExpression, evaluateExpression } from "../expression/safe-expression";
import { findingAt } from "../_lib/make-finding";
import type { Finding } from "../finding";
import type { FieldReading } from "../reading";
import type { Rule } from "../rule";

/** Rules the template's author wrote as expressions over indicator keys, evaluated safely. */
export const expressionRule: Rule = {
  id: "expression",
  check({ reading }) {
    const findings: Finding[] = [];
    const scope = new Map<string, number>();
    // forEach, not for-of with [key, field]: every file's every indicator, mostly before the code is
    // optimised, where each entry's destructuring goes through the iterator protocol.
    reading.indicators.forEach((field, key) => {
      if (field.status === "number" && field.number !== undefined) scope.set(key, field.number);
    });
    const anchor = (names: string[]): Pick<FieldReading, "label" | "cell"> => {
      const field = names.map((n) => reading.indicators.get(n)).find(Boolean);
      return field ?? { label: reading.template.title, cell: { row: 0, col: 0, address: "A1", value: null, text: "" } };
    };
    for (const rule of reading.template.rules ?? []) {
      const compiled = compileExpression(rule.expression);
      if (!compiled.ok) {
        findings.push(findingAt(reading, anchor([]), "validate.expression-broken", "error", { expression: rule.expression, error: compiled.error }));
        continue;
      }
      const result = evaluateExpression(compiled.ast, scope);
      if (result === false) findings.push(findingAt(reading, anchor(compiled.names), "validate.expression", rule.severity, { message: rule.message }));
    }
    return findings;
  },
};
