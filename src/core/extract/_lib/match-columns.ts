import { memoizeObject } from "../../_lib/object-memo";
import { SINGLE_COLUMN, tableColumns } from "../../template/table-cells";
import type { IndicatorTemplate, ValueColumn } from "../../template/types";
import { problem } from "../../locale";
import type { ExtractionProblem, UnplacedCell } from "../extracted-report";
import { normalizeLabel } from "../normalize-label";
import type { HeadColumn, TableHead } from "./find-head";

/**
 * Heads a form's one value column goes by when the template names none of its own (every version-1
 * form): 数值, 本期数, 本日数… Two of them on one sheet (本期数 and 累计数) leave it unclear which the
 * form means, and neither is read.
 */
const SINGLE_VALUE_HEADS = ["数值", "本期数", "本期", "本期数值", "填报数", "数量", "本日数", "本月数", "当日", "合计", "累计数", "累计", "计"];

/** What a column of the sheet is to the form: one of its value columns, or not read, and why. */
export type ColumnMatch = { kind: "placed"; key: string; unit?: string } | { kind: "refused"; reason: UnplacedCell["reason"] };

export interface ColumnMatching {
  byCol: Map<number, ColumnMatch>;
  /** Columns of the form the sheet does not have (or has twice, so neither is read). */
  missing: string[];
  problems: ExtractionProblem[];
}

function namesOf(column: ValueColumn, single: boolean): Set<string> {
  const names = [column.label, ...(column.aliases ?? []), ...(single ? SINGLE_VALUE_HEADS : [])];
  return new Set(names.map((n) => normalizeLabel(n).key));
}

/**
 * The normalised names of each of the form's columns, in the order of tableColumns. They depend on the
 * template only, so they are worked out once per template object, not for every file read against it.
 */
const columnNames = memoizeObject((template: IndicatorTemplate): readonly Set<string>[] => {
  const single = !template.columns?.length;
  return tableColumns(template).map((c) => namesOf(c, single));
});

/** Whether a head text names some column of the form (its label or an alias). */
export function namesAColumn(template: IndicatorTemplate, head: string): boolean {
  const key = normalizeLabel(head).key;
  return columnNames(template).some((names) => names.has(key));
}

const groupKey = (text: string | undefined) => (text ? normalizeLabel(text).key : undefined);

/**
 * The sheet's columns against the form's 宾栏, by head text (the column's label and aliases), with the
 * group head deciding between two columns of the same name (本期 under 企业总数 and under 员工总数). A
 * column of the form that two of the sheet's columns could be, or a sheet column that could be two of
 * the form's, is not read at all: the values are kept with the reason, never taken by position.
 */
export function matchColumns(template: IndicatorTemplate, head: TableHead): ColumnMatching {
  const columns = tableColumns(template);
  const single = !template.columns?.length;
  const byCol = new Map<number, ColumnMatch>();
  const problems: ExtractionProblem[] = [];
  const missing: string[] = [];
  const headless = head.columns.every((c) => c.leaf === "");
  if (headless) return matchHeadless(columns, head, single);

  const names = columnNames(template);
  const claims = new Map<string, HeadColumn[]>();
  for (const h of head.columns) {
    const leaf = normalizeLabel(h.leaf).key;
    columns.forEach((column, i) => {
      if (!names[i].has(leaf)) return;
      // A group head on both sides must agree; a form column without one takes any.
      if (column.group && h.group && groupKey(column.group) !== groupKey(h.group)) return;
      claims.set(column.key, [...(claims.get(column.key) ?? []), h]);
    });
  }
  const claimedBy = new Map<number, string[]>();
  // forEach, not for-of with [key, hs]: every file's head is matched, mostly before the code is optimised.
  claims.forEach((hs, key) => {
    for (const h of hs) claimedBy.set(h.col, [...(claimedBy.get(h.col) ?? []), key]);
  });

  for (const column of columns) {
    const hs = claims.get(column.key) ?? [];
    if (hs.length === 0) {
      missing.push(column.key);
      continue;
    }
    if (hs.length > 1) {
      const heads = hs.map((h) => headText(h)).join("、");
      const reason = problem("extract.ambiguous-column", { column: column.label, heads });
      for (const h of hs) byCol.set(h.col, { kind: "refused", reason });
      problems.push({ ...reason, address: hs[0].address });
      missing.push(column.key);
      continue;
    }
    const h = hs[0];
    const keys = claimedBy.get(h.col)!;
    if (keys.length > 1) {
      const labels = keys.map((k) => columns.find((c) => c.key === k)!.label).join("、");
      const reason = problem("extract.column-of-two", { head: headText(h), columns: labels });
      byCol.set(h.col, { kind: "refused", reason });
      if (!problems.some((p) => p.address === h.address)) problems.push({ ...reason, address: h.address });
      missing.push(column.key);
      continue;
    }
    const unit = normalizeLabel(h.leaf).unit;
    byCol.set(h.col, { kind: "placed", key: column.key, ...(unit ? { unit } : {}) });
  }
  for (const h of head.columns) {
    if (byCol.has(h.col)) continue;
    byCol.set(h.col, { kind: "refused", reason: problem("extract.unknown-column", { head: headText(h) }) });
  }
  if (missing.length) {
    const found = head.columns.filter((h) => byCol.get(h.col)?.kind !== "placed").map(headText);
    const labels = missing.map((k) => columns.find((c) => c.key === k)!.label).join("、");
    // The heads go as a list, each quoted in the message: they are the clerk's words, whatever they say
    // (a head typed "NaN" or "undefined" must not read as the program's own).
    problems.push({ ...problem("extract.missing-columns", { columns: labels, found }), address: head.columns[0]?.address ?? "A1" });
  }
  return { byCol, missing, problems };
}

function headText(h: HeadColumn): string {
  return h.group ? `${h.group}·${h.leaf}` : h.leaf;
}

/**
 * A table without heads: the form's one value column is the sheet's one column of values right of the
 * labels. With two such columns, or a form of several columns, nothing can be placed.
 */
function matchHeadless(columns: readonly ValueColumn[], head: TableHead, single: boolean): ColumnMatching {
  const byCol = new Map<number, ColumnMatch>();
  if (single && head.columns.length === 1) {
    byCol.set(head.columns[0].col, { kind: "placed", key: SINGLE_COLUMN.key });
    return { byCol, missing: [], problems: [] };
  }
  const reason = problem("extract.no-column-heads", { count: head.columns.length });
  for (const h of head.columns) byCol.set(h.col, { kind: "refused", reason });
  return { byCol, missing: columns.map((c) => c.key), problems: [{ ...reason, address: head.columns[0]?.address ?? "A1" }] };
}
