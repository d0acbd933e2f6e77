import { flattenIndicators } from "../../template/indicator-tree";
import type { IndicatorTemplate } from "../../template/types";
import type { IndicatorTotal, UnitReport } from "../consolidation-result";
import type { Qualifier } from "../../parse/qualifiers";
import { combineQualifiers } from "./combine-qualifiers";
import { exactSum } from "./exact-sum";
import { indicatorNames } from "./indicator-names";

/**
 * One total per indicator by its rule: sums; rates recomputed from the summed parts, never summed;
 * max and min with the unit that holds them; text kept per unit. `units` is in the summary's order,
 * which decides only which unit is named when two hold the same max.
 */
export function aggregateIndicators(template: IndicatorTemplate, units: readonly UnitReport[]): IndicatorTotal[] {
  const names = indicatorNames(template);
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
  for (const { indicator } of placed) {
    const formula = indicator.formula;
    if (indicator.aggregate !== "recompute" || !formula) continue;
    const total = totals.get(indicator.key)!;
    const num = totals.get(formula.numerator);
    const den = totals.get(formula.denominator);
    if (num?.value !== undefined && den?.value !== undefined && den.value !== 0) {
      const rate = (num.value / den.value) * formula.scale;
      if (Number.isFinite(rate)) total.value = rate;
    }
    total.unitCount = Math.min(num?.unitCount ?? 0, den?.unitCount ?? 0);
    total.approximate = Boolean(num?.approximate || den?.approximate);
  }
  return placed.map((p) => totals.get(p.indicator.key)!);
}

function textOf(value: number | string | Date): string {
  if (value instanceof Date) return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
  return String(value);
}
