import type { ValueKind } from "../template/types";

/** Default decimal places per kind, when a template does not say. */
export function defaultDecimals(kind: ValueKind): number {
  switch (kind) {
    case "money":
    case "decimal":
      return 2;
    case "percent":
      return 1;
    default:
      return 0;
  }
}

/**
 * The Excel number format for a value of a kind. Percentages are stored as points (87.6, with the
 * unit column saying %), because clerks' forms print them so and the rate rule compares points.
 */
export function numberFormatFor(kind: ValueKind, decimals?: number): string {
  const places = decimals ?? defaultDecimals(kind);
  const fraction = places > 0 ? "." + "0".repeat(places) : "";
  switch (kind) {
    case "integer":
      return "#,##0";
    case "decimal":
    case "money":
      return "#,##0" + fraction;
    case "percent":
      return "0" + fraction;
    case "date":
      return 'yyyy"年"m"月"d"日"';
    case "datetime":
      return 'yyyy"年"m"月"d"日" h"时"';
    default:
      return "@";
  }
}
