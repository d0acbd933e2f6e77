import { flattenIndicators } from "../../template/indicator-tree";
import { atMost, clean } from "../../_lib/figures";
import { findingAt } from "../_lib/make-finding";
import { numberOf } from "../_lib/number-of";
import type { Finding } from "../finding";
import type { FieldReading } from "../reading";
import type { Rule } from "../rule";
import { defaultDecimals } from "../../layout/number-formats";

/** A part's statuses whose value is known: a number, or blank (0). */
const KNOWN: ReadonlySet<FieldReading["status"]> = new Set(["number", "empty"]);

/**
 * 其中 against its total, by the kind of breakdown (domain.md §2):
 * - every kind but `complete`: each part ≤ the total (错误);
 * - `exclusive` (中央级/省级/市级/县级: the parts cannot overlap): the parts together ≤ the total (错误);
 * - `partial`, as templates of version 1.0.0 say: the parts together ≤ the total is only 核实, since
 *   such a template does not tell whether its highlights overlap;
 * - `overlapping` (党员 and 女性 among 志愿者): nothing more — parts that overlap may add up past it;
 * - `complete`: total = Σ parts, where a difference of one unit in the last decimal is rounding
 *   (374.07 + 556.87 against 930.95) and only a 提示; blank parts count as 0, since clerks leave zeros blank.
 *   A part filled with what is no number (xx, 无, text) is not known, nor is the parts' sum: nothing is
 *   said of it here — the part's own finding says what to fill in — rather than "不等于其中各项之和 508"
 *   of a sum that took the unknown part for 0; unless the known parts alone are past the total, which
 *   no value of the unknown one mends.
 */
export const breakdownRule: Rule = {
  id: "breakdown",
  check({ reading }) {
    if (reading.template.kind !== "indicators") return [];
    const findings: Finding[] = [];
    for (const { indicator } of flattenIndicators(reading.template)) {
      const children = indicator.children ?? [];
      const field = reading.indicators.get(indicator.key);
      const total = numberOf(reading, indicator.key);
      if (!children.length || !field || total === undefined) continue;
      const parts = children.map((c) => ({ label: c.label, value: numberOf(reading, c.key) }));
      if (parts.every((p) => p.value === undefined)) continue;
      const sum = clean(parts.reduce((acc, p) => acc + (p.value ?? 0), 0));
      if (indicator.breakdown !== "complete") {
        const over = parts.filter((p) => p.value !== undefined && p.value > total);
        for (const p of over) findings.push(findingAt(reading, field, "validate.partial-child-exceeds", "error", { child: p.label, childValue: p.value!, total }));
        if (sum <= total || over.length > 0 || indicator.breakdown === "overlapping") continue;
        if (indicator.breakdown === "exclusive") findings.push(findingAt(reading, field, "validate.exclusive-sum-exceeds", "error", { sum, total }));
        else findings.push(findingAt(reading, field, "validate.partial-sum-exceeds", "verify", { sum, total }));
      } else {
        // With a part not known, only known parts already past the total tell of a mismatch (parts are not negative).
        if (sum <= total && children.some((c) => !KNOWN.has(reading.indicators.get(c.key)?.status ?? "empty"))) continue;
        const diff = clean(Math.abs(total - sum));
        if (diff === 0) continue;
        const unit = 10 ** -(indicator.decimals ?? defaultDecimals(indicator.kind));
        const rounding = atMost(diff, unit) && indicator.kind !== "integer";
        findings.push(
          findingAt(reading, field, rounding ? "validate.complete-rounding" : "validate.complete-mismatch", rounding ? "hint" : "error", { total, sum, diff }),
        );
      }
    }
    return findings;
  },
};
