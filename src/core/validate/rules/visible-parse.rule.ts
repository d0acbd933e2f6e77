import { indicatorsByKey } from "../../template/indicator-tree";
import { computedValue, roundsTo } from "../_lib/computed-value";
import { eachField, findingAt } from "../_lib/make-finding";
import type { Finding } from "../finding";
import type { FieldReading, ReportReading } from "../reading";
import type { Rule } from "../rule";

/**
 * Tolerant reading stays visible: every conversion the parser made ("按 3.2万 = 32000 计") and every
 * approximation kept ("300余") is said as a 提示, so nothing is changed behind the clerk's back. A rate
 * or 同比增减 below 1 is asked about ("按 0.4% 计；如果指的是 40%…") only where its row's figures do not
 * settle it: a value the form's own computation gives (a 0.4% change the figures confirm, most often
 * the form's formula itself) is no question.
 */
export const visibleParseRule: Rule = {
  id: "visible-parse",
  check({ reading }) {
    // It goes through every cell of every file consolidated, nearly all silent: a value read as it stands has no step nor qualifier, and is passed over.
    const findings: Finding[] = [];
    eachField(reading, (field) => {
      if (field.status !== "number") return;
      if (field.qualifier) findings.push(findingAt(reading, field, "validate.approximate", "hint", { input: field.cell.text, value: field.number ?? "", qualifier: field.qualifier }));
      else if (field.steps.length > 0) {
        const steps = confirmedByItsRow(reading, field) ? field.steps.filter((s) => s.code !== "parse.step.percent-fraction") : field.steps;
        if (steps.length > 0) findings.push(findingAt(reading, field, "validate.parsed-as", "hint", { steps }));
      }
    });
    return findings;
  },
};

/** Whether a value read with a "0.4 or 40%?" step is the one its row's figures compute. */
function confirmedByItsRow(reading: ReportReading, field: FieldReading): boolean {
  if (reading.template.kind !== "indicators" || field.number === undefined || !field.steps.some((s) => s.code === "parse.step.percent-fraction")) return false;
  const indicator = indicatorsByKey(reading.template).get(field.key);
  if (!indicator) return false;
  const computed = computedValue(reading, indicator);
  return computed !== undefined && roundsTo(field.number, computed, indicator);
}
