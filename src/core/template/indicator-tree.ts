import type { IndicatorTemplate, TableValue } from "./types";
import { tableCells } from "./table-cells";

/**
 * A value of an indicator table with its place in the tree, as an indicator of its own: in a
 * one-column table the indicator itself; in a table of several columns one per row × column, keyed
 * `row.column`, with the column's kind, unit, aggregation and formula where the column states them
 * (see table-cells.ts). Depth 0 for a top-level row, 1 for 其中, 2 below that.
 */
export interface PlacedIndicator {
  indicator: TableValue;
  depth: number;
  parent?: TableValue;
  sectionIndex: number;
  sectionTitle?: string;
  /** Where the value sits: its 主栏 row and, in a table of several columns, its 宾栏 column. */
  cell: { row: string; column?: string };
}

/**
 * Every value of a template in form order (a total before its 其中 children; in a table of several
 * columns, row by row and column by column within a row). Audit rules, consolidation and the
 * narrative work on these, so a value is a value whatever the table's shape.
 */
export function flattenIndicators(template: IndicatorTemplate): PlacedIndicator[] {
  return tableCells(template).placed;
}

/** The values of a template by key. */
export function indicatorsByKey(template: IndicatorTemplate): Map<string, TableValue> {
  return tableCells(template).byKey;
}
