import { problem } from "../../locale";
import { comparisonPairs } from "../../template/table-cells";
import { findingAt } from "../_lib/make-finding";
import { comparable, comparableValue, holds, shown } from "../_lib/compare";
import { fieldIn } from "../read-report";
import type { Finding } from "../finding";
import type { Rule } from "../rule";

/**
 * Comparisons the template declares: between indicators (已复工 ≤ 企业总数; 采用 ≤ 报送; 累计 ≥ 新增) in
 * each value column, between value columns in each row of a grid (已复工 ≤ 企业总数 for every class), or
 * between two columns of each ledger row (完成日期 ≤ 整改时限).
 */
export const comparisonRule: Rule = {
  id: "comparison",
  check({ reading }) {
    const findings: Finding[] = [];
    for (const c of reading.template.comparisons ?? []) {
      const op = problem(`validate.op.${c.op}`);
      if (reading.template.kind === "indicators") {
        // Between rows in each column, between columns in each row, or between two values.
        for (const pair of comparisonPairs(reading.template, c)) {
          const left = reading.indicators.get(pair.left);
          const right = reading.indicators.get(pair.right);
          const l = comparable(left);
          const r = comparable(right);
          if (l === undefined || r === undefined || holds(l, c.op, r)) continue;
          findings.push(findingAt(reading, left!, "validate.comparison", c.severity, { left: left!.label, leftValue: shown(left!), op, right: right!.label, rightValue: shown(right!) }));
        }
      } else {
        const template = reading.template;
        const leftColumn = template.columns.findIndex((column) => column.key === c.left);
        const rightColumn = template.columns.findIndex((column) => column.key === c.right);
        for (const row of reading.rows) {
          const l = comparableValue(row.values[leftColumn]);
          const r = comparableValue(row.values[rightColumn]);
          if (l === undefined || r === undefined || holds(l, c.op, r)) continue;
          const left = fieldIn(template, row, leftColumn);
          const right = fieldIn(template, row, rightColumn);
          findings.push(
            findingAt(reading, left!, "validate.comparison-in-row", c.severity, { row: row.row + 1, left: left!.label, leftValue: shown(left!), op, right: right!.label, rightValue: shown(right!) }),
          );
        }
      }
    }
    return findings;
  },
};
