import { defaultDecimals } from "../../layout/number-formats";
import { eachField, findingAt } from "../_lib/make-finding";
import { fieldIn } from "../read-report";
import type { FieldReading } from "../reading";
import { entryFormula } from "../../extract/ledger-entries";
import type { Finding } from "../finding";
import type { Rule } from "../rule";
import { tableCells } from "../../template/table-cells";
import type { ReportTemplate } from "../../template/types";

const NUMERIC = new Set(["integer", "decimal", "money", "percent"]);

/**
 * Type, decimals and range: what cannot be read at all (错误), counts that are not whole numbers,
 * more decimals than the form keeps (提示), values outside min/max (percentages 0–100 by default).
 */
export const kindRangeRule: Rule = {
  id: "kind-range",
  check({ reading }) {
    const findings: Finding[] = [];
    const limits = limitsOf(reading.template);
    const template = reading.template;
    eachField(
      reading,
      (field) => {
        if (field.status === "invalid" && field.invalid) findings.push(findingAt(reading, field, "validate.invalid", "error", { reason: field.invalid }));
        else if (field.status === "number" && field.number !== undefined && NUMERIC.has(field.kind)) checkNumber(field.number, field, field.qualifier, field.cell.formula, field, -1, -1);
      },
      // A ledger's number read as it stands (no qualifier): its reading is made only for a finding.
      (value, entry, c) => {
        if (template.kind !== "ledger") return;
        const column = template.columns[c];
        if (NUMERIC.has(column.kind)) checkNumber(value, column, undefined, entryFormula(reading.report.entries!, entry, c), undefined, entry, c);
      },
    );
    return findings;

    /** The checks of a number in a field of this kind, at a field's reading, or (none given) at a ledger entry's cell in column `c`. */
    function checkNumber(
      value: number,
      field: Pick<FieldReading, "key" | "kind"> & { decimals?: number },
      qualifier: string | undefined,
      formula: true | undefined,
      at: FieldReading | undefined,
      entry: number,
      c: number,
    ): void {
      if (field.kind === "integer" && !Number.isInteger(value) && !qualifier) {
        // Never "改为 13" for 12.5 喷雾器: a rounded figure would be an invented one. Ask for the count itself.
        findings.push(findingAt(reading, readingAt(at, entry, c), "validate.not-integer", "error", { value }, { code: "fix.whole-number", params: {} }));
      } else if (field.kind !== "integer" && !formula) {
        // A formula's result (a rate the form computes) shows rounded by its number format: the clerk typed no decimals.
        const decimals = field.decimals ?? defaultDecimals(field.kind);
        if (decimalsOf(value) > decimals) findings.push(findingAt(reading, readingAt(at, entry, c), "validate.too-many-decimals", "hint", { value, decimals }));
      }
      const { min = 0, max = field.kind === "percent" ? 100 : undefined } = limits.get(field.key) ?? {};
      if (Number.isFinite(min) && value < min) findings.push(findingAt(reading, readingAt(at, entry, c), "validate.below-min", "error", { value, min }));
      if (max !== undefined && Number.isFinite(max) && value > max) findings.push(findingAt(reading, readingAt(at, entry, c), "validate.above-max", "error", { value, max }));
    }

    function readingAt(at: FieldReading | undefined, entry: number, c: number): FieldReading {
      return at ?? fieldIn(reading, entry, c)!;
    }
  },
};

type Limits = ReadonlyMap<string, { min?: number; max?: number }>;

/** Each template's bounds, worked out once: the audit of a consolidation checks every file against the same. */
const limitsByTemplate = new WeakMap<ReportTemplate, Limits>();

function limitsOf(template: ReportTemplate): Limits {
  let limits = limitsByTemplate.get(template);
  if (limits) return limits;
  const made = new Map<string, { min?: number; max?: number }>();
  if (template.kind === "indicators") {
    for (const value of tableCells(template).byKey.values()) {
      // A change (同比增减) may fall below zero or more than double: no bounds unless the form states them.
      const open = value.change ? { min: -Infinity, max: Infinity } : {};
      made.set(value.key, { ...open, ...(value.min !== undefined ? { min: value.min } : {}), ...(value.max !== undefined ? { max: value.max } : {}) });
    }
  } else {
    for (const c of template.columns) made.set(c.key, { min: c.min, max: c.max });
  }
  limitsByTemplate.set(template, (limits = made));
  return limits;
}

function decimalsOf(value: number): number {
  // A whole number has none, however it prints (the text below would say so too, at some cost).
  if (Number.isInteger(value)) return 0;
  const text = String(Number(value.toPrecision(12)));
  const dot = text.indexOf(".");
  return dot < 0 || text.includes("e") ? 0 : text.length - dot - 1;
}
