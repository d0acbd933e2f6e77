import type { ConsolidationResult, LedgerSummary } from "../../consolidate/consolidation-result";
import { acceptedText, cellValue, ledgerColumn, type LedgerRows } from "../../consolidate/ledger-rows";
import type { LedgerTemplate } from "../../template/types";
import type { LedgerState, NarrativeInput, NarrativeTotal, UnitFigures } from "./narrative-input";

/** What a consolidation does not know and the narrative may need: the region's name, the cut-off, the previous summary. */
export type ConsolidationExtras = Pick<NarrativeInput, "region" | "cutoff" | "previous" | "previousPeriod">;

/**
 * The narrative's input from a consolidation (汇总): the totals with their hedge (300余 + 200 is 500余,
 * see combineQualifiers), who reported and who did not (by the roster), each unit's figures for
 * ranks, and for a ledger its 方面, 项, 问题 and statuses. The period is the one most units state.
 */
export function narrativeInputFromConsolidation(result: ConsolidationResult, extras: ConsolidationExtras = {}): NarrativeInput {
  const totals: Record<string, NarrativeTotal> = {};
  for (const total of result.totals) {
    if (typeof total.value === "number") totals[total.key] = total.qualifier ? { value: total.value, qualifier: total.qualifier } : { value: total.value };
  }
  for (const [key, value] of Object.entries(result.ledger?.columnTotals ?? {})) totals[key] ??= { value };
  const perUnit: UnitFigures[] = result.units.map((unit) => {
    // A loop over the keys, not entries → flatMap → fromEntries: 500 units × their indicators made three
    // arrays a figure, and even entries alone a pair made and destructured for each, in code not yet optimised.
    const values: Record<string, number> = {};
    const keys = Object.keys(unit.figures);
    for (let i = 0; i < keys.length; i++) {
      const value = unit.figures[keys[i]].value;
      if (typeof value === "number") values[keys[i]] = value;
    }
    return { unit: unit.name, values };
  });
  const received = result.units.map((unit) => unit.name);
  const missing = result.missing.map((unit) => unit.name);
  return {
    template: result.template,
    ...extras,
    ...(result.period !== undefined ? { period: result.period } : {}),
    units: { expected: received.length + missing.length, received, missing, zeroReports: result.zeroReports },
    totals,
    perUnit,
    ...(result.ledger && result.template.kind === "ledger" ? { ledger: ledgerState(result.ledger, result.template) } : {}),
  };
}

/** A stacked cell's value as text, trimmed ("" where there is none); a text, nearly every such cell, as it is. */
function stackedText(rows: LedgerRows, row: number, column: number): string {
  const text = acceptedText(rows, row, column);
  if (text !== undefined) return text.trim();
  const value = cellValue(rows, row, column);
  return value === null ? "" : String(value).trim();
}

/**
 * 方面 and 项 are counted as distinct texts of the columns so labelled (方面, 项 — or keyed aspect,
 * item); every row is a problem. 正在推进 counts the statuses that are neither done nor 未… (未启动).
 */
function ledgerState(ledger: LedgerSummary, template: LedgerTemplate): LedgerState {
  const column = (key: string, label: string) => template.columns.find((c) => c.key === key || c.label === label)?.key;
  const aspectKey = column("aspect", "方面");
  const itemKey = column("item", "项");
  // One pass over the rows (a 200-ledger summary has 60,000), no list of texts made on the way. Each
  // aspect holds its items: none yet (null), its one item as the text itself, a set only from its second
  // distinct item — most aspects have one, and a set for each was 60,000 objects more.
  const itemsOf = new Map<string, string | Set<string> | null>();
  for (const rows of ledger.stacked) {
    const aspectColumn = aspectKey === undefined ? -1 : ledgerColumn(rows, aspectKey);
    const itemColumn = itemKey === undefined ? -1 : ledgerColumn(rows, itemKey);
    for (let r = 0; r < rows.rows.length; r++) {
      const aspect = stackedText(rows, r, aspectColumn);
      const item = itemKey === undefined ? "" : stackedText(rows, r, itemColumn);
      const held = itemsOf.get(aspect);
      // An aspect is counted once it has a text; the items of rows with none are counted under "".
      if (held === undefined) {
        if (aspect !== "" || item !== "") itemsOf.set(aspect, item === "" ? null : item);
      } else if (item === "" || held === item) continue;
      else if (held === null) itemsOf.set(aspect, item);
      else if (typeof held === "string") itemsOf.set(aspect, new Set([held, item]));
      else held.add(item);
    }
  }
  let items = 0;
  for (const held of itemsOf.values()) items += held === null ? 0 : typeof held === "string" ? 1 : held.size;
  const aspects = itemsOf.size - (itemsOf.has("") ? 1 : 0);
  const doneValues = template.status?.doneValues ?? [];
  const inProgress = Object.entries(ledger.statusCounts)
    .filter(([status]) => !doneValues.includes(status) && !/^未/.test(status))
    .reduce((sum, [, n]) => sum + n, 0);
  return { aspects, items, problems: ledger.rowCount, byStatus: ledger.statusCounts, done: ledger.done, inProgress };
}
