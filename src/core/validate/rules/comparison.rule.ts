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
        const { rows, values } = reading.entries;
        const width = template.columns.length;
        for (let entry = 0; entry < rows.length; entry++) {
          // Columns not on the template (-1) have no value: nothing to compare, as with a column the sheet lacks.
          const l = leftColumn < 0 ? undefined : comparableValue(values[entry * width + leftColumn]);
          const r = rightColumn < 0 ? undefined : comparableValue(values[entry * width + rightColumn]);
          if (l === undefined || r === undefined || holds(l, c.op, r)) continue;
          const left = fieldIn(reading, entry, leftColumn);
          const right = fieldIn(reading, entry, rightColumn);
          findings.push(
            findingAt(reading, left!, "validate.comparison-in-row", c.severity, { row: rows[entry] + 1, left: left!.label, leftValue: shown(left!), op, right: right!.label, rightValue: shown(right!) }),
          );
        }
      }
    }
    return findings;
  },
};
