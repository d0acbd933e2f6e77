import { flattenIndicators } from "../../template/indicator-tree";
import type { IndicatorTemplate } from "../../template/types";
import type { IndicatorTotal, UnitReport } from "../consolidation-result";
import { computedValue } from "../../template/computed-value";
import type { Qualifier } from "../../parse/qualifiers";
import { combineQualifiers } from "./combine-qualifiers";
import { exactSum } from "./exact-sum";
import { valueNames } from "../../template/value-names";

/**
 * One total per indicator by its rule: sums; rates recomputed from the summed parts, never summed;
 * max and min with the unit that holds them; text kept per unit. `units` is in the summary's order,
 * which decides only which unit is named when two hold the same max.
 */
export function aggregateIndicators(template: IndicatorTemplate, units: readonly UnitReport[]): IndicatorTotal[] {
  const names = valueNames(template);
  const placed = flattenIndicators(template);
  const totals = new Map<string, IndicatorTotal>();
  for (const { indicator, sectionTitle } of placed) {
    // One pass over the units: their numbers in order, whether any is approximate, the unit holding
    // the max (the first of equals) or min, and for text kept per unit every figure as text.
    const numbers: number[] = [];
    const qualifiers = new Set<Qualifier>();
    let held: { unit: string; value: number; qualifier?: string } | undefined;
    const perUnit: Array<{ unit: string; text: string }> = [];
    const extreme = indicator.aggregate === "max" || indicator.aggregate === "min" ? indicator.aggregate : undefined;
    for (const u of units) {
      const figure = u.figures[indicator.key];
      if (!figure) continue;
      if (indicator.aggregate === "keep-per-unit") perUnit.push({ unit: u.name, text: textOf(figure.value) });
      const value = figure.value;
      if (typeof value !== "number") continue;
      numbers.push(value);
      if (figure.qualifier) qualifiers.add(figure.qualifier as Qualifier);
      if (extreme && (!held || (extreme === "max" ? value > held.value : value < held.value))) held = { unit: u.name, value, qualifier: figure.qualifier };
    }
    const total: IndicatorTotal = {
      key: indicator.key,
      name: names.get(indicator.key) ?? indicator.label,
      label: indicator.label,
      ...(sectionTitle ? { sectionTitle } : {}),
      ...(indicator.unit ? { unit: indicator.unit } : {}),
      kind: indicator.kind,
      aggregate: indicator.aggregate,
      unitCount: 0,
      approximate: false,
    };
    switch (indicator.aggregate) {
      case "sum":
        if (numbers.length) {
          const sum = exactSum(numbers);
          // Figures near Excel's largest number (9.99e307) can add up past what a number holds; no
          // total then, rather than an Infinity that no sheet or JSON can carry (the units' figures stay).
          if (Number.isFinite(sum)) total.value = sum;
        }
        total.unitCount = numbers.length;
        total.approximate = qualifiers.size > 0;
        if (qualifiers.size > 0) total.qualifier = combineQualifiers(qualifiers);
        break;
      case "max":
      case "min":
        if (held) {
          total.value = held.value;
          total.heldBy = held.unit;
          total.approximate = Boolean(held.qualifier);
          if (held.qualifier) total.qualifier = held.qualifier as Qualifier;
        }
        total.unitCount = numbers.length;
        break;
      case "keep-per-unit":
        total.perUnit = perUnit;
        total.unitCount = perUnit.length;
        break;
      case "recompute":
        // Filled below, once the parts' totals are known.
        break;
    }
    totals.set(indicator.key, total);
  }
  // A 合计 row is its rows added up, whatever the units typed in theirs (a blank or a slip there would
  // otherwise leave the summary's 合计 short of its rows).
  for (const { indicator } of placed) {
    if (!indicator.isTotal || !indicator.children?.length || indicator.aggregate !== "sum") continue;
    const parts = indicator.children.map((c) => totals.get(c.key)!).filter((t) => t.value !== undefined);
    const total = totals.get(indicator.key)!;
    if (parts.length === 0) continue;
    const sum = exactSum(parts.map((t) => t.value!));
    if (Number.isFinite(sum)) total.value = sum;
    total.unitCount = Math.max(...parts.map((t) => t.unitCount));
    total.approximate = parts.some((t) => t.approximate);
    const qualifier = combineQualifiers(parts.map((t) => t.qualifier));
    if (qualifier) total.qualifier = qualifier;
  }
  // Rates and changes from the totals of their parts, in form order (a rate's change reads the rates).
  for (const { indicator } of placed) {
    if (indicator.aggregate !== "recompute" || (!indicator.formula && !indicator.change)) continue;
    const total = totals.get(indicator.key)!;
    const operands = indicator.formula ? [indicator.formula.numerator, indicator.formula.denominator] : [indicator.change!.current, indicator.change!.base];
    const parts = operands.map((key) => totals.get(key));
    const value = computedValue(indicator, (key) => totals.get(key)?.value);
    if (value !== undefined) total.value = value;
    total.unitCount = Math.min(...parts.map((p) => p?.unitCount ?? 0));
    total.approximate = parts.some((p) => p?.approximate);
  }
  return placed.map((p) => totals.get(p.indicator.key)!);
}

function textOf(value: number | string | Date): string {
  if (value instanceof Date) return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
  return String(value);
}
