import type { NarrativeInput, NarrativeTotal } from "../../../../src/core/narrative/generate";
import { narrativeFields } from "../../../../src/core/narrative/generate/narrative-fields";
import { withValueKeys } from "../../../../src/core/narrative/generate/with-value-keys";
import { findBuiltinTemplate } from "../../../../src/core/template";
import type { Indicator, ReportTemplate } from "../../../../src/core/template/types";

/** A built-in template by id; the test fails loudly if it is gone. */
export function builtin(id: string): ReportTemplate {
  const template = findBuiltinTemplate(id);
  if (!template) throw new Error(`no built-in template ${id}`);
  return template;
}

/**
 * A plausible total for every field of a template, from its place in the form: counts as whole
 * numbers, quantities and money with decimals, fields in 万X as small figures of 万. A parent gets
 * at least the sum of its children, and a numerator (已复工) is at most its denominator, as real
 * totals are. Rates are left to be recomputed. `seed` varies the figures.
 */
export function generatedTotals(template: ReportTemplate, seed = 1): Record<string, NarrativeTotal> {
  const fields = narrativeFields(template);
  const totals: Record<string, NarrativeTotal> = {};
  fields.all.forEach((field, i) => {
    if (field.kind === "percent") return;
    totals[field.key] = { value: figureFor(field, i + seed) };
  });
  const lift = (field: Indicator): number => {
    const children = (field.children ?? []).reduce((sum, child) => sum + lift(child), 0);
    const own = totals[field.key]!;
    if (own.value < children) own.value = children + (field.breakdown === "partial" ? 7 : 0);
    if (field.breakdown === "complete" && field.children?.length) own.value = children;
    return own.value;
  };
  fields.all.forEach((field) => { if (field.children && !fields.all.some((f) => f.children?.includes(field))) lift(field); });
  for (const field of fields.all) {
    const formula = field.formula;
    if (!formula) continue;
    const numerator = totals[formula.numerator]!;
    const denominator = totals[formula.denominator]!;
    if (numerator.value > denominator.value) [numerator.value, denominator.value] = [denominator.value, numerator.value];
  }
  return totals;
}

function figureFor(field: Indicator, n: number): number {
  const k = ((n * 7919) % 97) + 3;
  if (field.kind === "money") return Math.round(k * 9.3717 * 100) / 100;
  if (field.unit?.startsWith("万")) return Math.round(k * 0.37 * 100) / 100;
  if (field.kind === "decimal") return Math.round(k * 1.3 * 10) / 10;
  return k * (n % 3 === 0 ? 1237 : 13);
}

/** A NarrativeInput for a built-in template with generated totals and eighteen units, all reported. */
export function narrativeInput(id: string, overrides: Partial<NarrativeInput> = {}): NarrativeInput {
  const template = builtin(id);
  const received = ["城关镇", "东城街道", "西城街道", "南湖乡", "北山镇", "河口镇"];
  // Figures may be given by a row's key (fever) for its main column's value (fever.cumulative), as the narrative takes them.
  return withValueKeys({
    template,
    region: "全县",
    cutoff: { date: { year: 2023, month: 2, day: 20 }, hour: 24 },
    period: "2023年上半年",
    units: { expected: received.length, received, missing: [], zeroReports: [] },
    totals: generatedTotals(template),
    ...overrides,
  });
}
