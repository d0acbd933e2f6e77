import { tableCells } from "../../template/table-cells";
import type { ColumnRole, Indicator } from "../../template/types";
import type { PeriodRelation } from "../register/comparison";
import { fieldValue } from "./_lib/field-value";
import type { NarrativeInput } from "./narrative-input";

/** The columns a form states an earlier figure in, and how that figure relates to the current one. */
const BASELINES: ReadonlyArray<[ColumnRole, PeriodRelation]> = [
  ["previous-year", "year-on-year"],
  ["previous", "period-on-period"],
];

/**
 * The earlier figure a form states itself beside a figure: the same row's 上年同期 (同比) or 上期 (环比),
 * summed over the units like any figure — so a half-year form with a 上年同期 column says 同比 without a
 * previous summary. A rate is recomputed from its parts' earlier figures. Undefined where the form has
 * no such column, or the row no such figure.
 */
export function columnBaseline(field: Indicator, input: NarrativeInput): { value: number; relation: PeriodRelation } | undefined {
  if (input.template.kind !== "indicators") return undefined;
  const shape = tableCells(input.template);
  if (!shape.multiColumn) return undefined;
  const placed = shape.placed.find((p) => p.indicator.key === field.key);
  const current = placed && shape.columns.find((c) => c.key === placed.cell.column);
  if (!placed || current?.role !== "current") return undefined;
  for (const [role, relation] of BASELINES) {
    const column = shape.columns.find((c) => c.role === role);
    if (!column) continue;
    // The same row's figure in that column, and for a rate its parts' (采用率: 采用 ÷ 报送 of last year).
    const inColumn = (key: string) => {
      const row = shape.placed.find((p) => p.indicator.key === key)?.cell.row;
      const earlier = row === undefined ? undefined : shape.keyOf(row, column.key);
      return earlier === undefined ? undefined : input.totals[earlier]?.value;
    };
    const value = fieldValue(field, inColumn);
    if (value !== undefined) return { value, relation };
  }
  return undefined;
}
