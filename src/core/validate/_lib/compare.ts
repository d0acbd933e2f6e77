import { atMost, sameFigure } from "../../_lib/figures";
import type { ComparisonOperator } from "../../template/types";
import type { FieldReading, RowValue } from "../reading";

/** The comparable value of a field: a number or a date's time; undefined when blank or unreadable. */
export function comparable(field: FieldReading | undefined): number | undefined {
  if (!field) return undefined;
  if (field.status === "number") return field.number;
  if (field.status === "date") return field.date?.getTime();
  return undefined;
}

/** The comparable value of a ledger cell: a number read as it stands is itself, a date its time, text read as it stands has none. */
export function comparableValue(value: RowValue | undefined): number | undefined {
  if (typeof value === "number") return value;
  if (value instanceof Date) return value.getTime();
  return typeof value === "object" ? comparable(value) : undefined;
}

export function holds(left: number, op: ComparisonOperator, right: number): boolean {
  switch (op) {
    case "<=":
      return atMost(left, right);
    case "<":
      return left < right;
    case ">=":
      return atMost(right, left);
    case ">":
      return left > right;
    case "==":
      return sameFigure(left, right);
  }
}

/** What a reader sees for a compared value. */
export function shown(field: FieldReading): string | number {
  return field.status === "number" ? (field.number ?? "") : field.cell.text;
}
