import { RuleRegistry } from "./rule-registry";
import { breakdownRule } from "./rules/breakdown.rule";
import { changeRule } from "./rules/change.rule";
import { cumulativeCurrentRule } from "./rules/cumulative-current.rule";
import { comparisonRule } from "./rules/comparison.rule";
import { crossTableRule } from "./rules/cross-table.rule";
import { expressionRule } from "./rules/expression.rule";
import { kindRangeRule } from "./rules/kind-range.rule";
import { ledgerDoneDateRule } from "./rules/ledger-done-date.rule";
import { ledgerDuplicatesRule } from "./rules/ledger-duplicates.rule";
import { placeholderRule } from "./rules/placeholder.rule";
import { previousPeriodRule } from "./rules/previous-period.rule";
import { rateRule } from "./rules/rate.rule";
import { requiredRule } from "./rules/required.rule";
import { sheetShapeRule } from "./rules/sheet-shape.rule";
import { visibleParseRule } from "./rules/visible-parse.rule";
import { yearOnYearRule } from "./rules/year-on-year.rule";

/** The audit rules clerks expect (domain.md §4), in the order their findings are listed. */
export function defaultRules(): RuleRegistry {
  return new RuleRegistry()
    .register(sheetShapeRule)
    .register(requiredRule)
    .register(placeholderRule)
    .register(kindRangeRule)
    .register(breakdownRule)
    .register(rateRule)
    .register(changeRule)
    .register(comparisonRule)
    .register(cumulativeCurrentRule)
    .register(expressionRule)
    .register(ledgerDoneDateRule)
    .register(ledgerDuplicatesRule)
    .register(previousPeriodRule)
    .register(yearOnYearRule)
    .register(visibleParseRule)
    .registerWorkbookRule(crossTableRule);
}
