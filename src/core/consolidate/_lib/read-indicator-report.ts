import { problem } from "../../locale";
import { UNIT_WORDS, type ExtractedReport } from "../../extract";
import { cellText } from "../../form/cell-text";
import { convertUnit, normalizeUnit, unitFamily } from "../../parse/units";
import { cellAddress, parseCellAddress, type SheetSnapshot } from "../../sheet";
import { flattenIndicators, type PlacedIndicator } from "../../template/indicator-tree";
import type { Indicator, IndicatorTemplate } from "../../template/types";
import { memoizeString } from "../../_lib/string-memo";
import type { UnitFigure, ValueAccount } from "../consolidation-result";
import type { FindingDraft } from "./finding-draft";
import { readValue, type ValueField } from "./read-value";

export interface SheetReading {
  values: ValueAccount[];
  figures: Record<string, UnitFigure>;
  findings: FindingDraft[];
}

/** What reading any unit's sheet needs of the template, worked out once per template. */
interface TemplatePlan {
  placed: PlacedIndicator[];
  /** Each indicator as a field to read, in the template's unit (its own, else the table's). */
  fields: ValueField[];
  /** The rates a unit's figures are recomputed into. */
  rates: Indicator[];
  byKey: Map<string, Indicator>;
}

const plans = new WeakMap<IndicatorTemplate, TemplatePlan>();

function planFor(template: IndicatorTemplate): TemplatePlan {
  let plan = plans.get(template);
  if (!plan) {
    const placed = flattenIndicators(template);
    plan = {
      placed,
      fields: placed.map(({ indicator }) => ({ ...fieldOf(indicator), unit: indicator.unit ?? template.tableUnit })),
      rates: placed.map((p) => p.indicator).filter((indicator) => indicator.formula && indicator.aggregate === "recompute"),
      byKey: new Map(placed.map((p) => [p.indicator.key, p.indicator])),
    };
    plans.set(template, plan);
  }
  return plan;
}

/** Whether a text reads as a unit word (万元, 人次, （吨）). The same few recur in every file. */
const isUnitWord = memoizeString((text: string) => UNIT_WORDS.test(normalizeUnit(text)));
const familyOf = memoizeString((unit: string) => unitFamily(unit)?.id);

/** The unit the sheet states for an indicator: its 计量单位 cell (or label), else a table-wide unit of the same kind. */
function sheetUnitFor(fieldUnit: string | undefined, unitOnSheet: string | undefined, tableUnit: string | undefined): string | undefined {
  if (!fieldUnit) return undefined;
  // A 计量单位 cell holding "—" or a note is no unit; one that converts or reads as a unit word is.
  const looksLikeUnit = (u: string) => isUnitWord(u) || convertUnit(1, u, fieldUnit) !== undefined;
  if (unitOnSheet && looksLikeUnit(unitOnSheet)) return unitOnSheet;
  if (tableUnit && familyOf(tableUnit) === familyOf(fieldUnit)) return tableUnit;
  return undefined;
}

/** The first filled cell right of an unmatched label that is not a unit word: the figure it carried. */
function figureBeside(sheet: SheetSnapshot, address: string): { cell: string; text: string } | undefined {
  const at = parseCellAddress(address);
  if (!at) return undefined;
  const cells = sheet.rows[at.row] ?? [];
  for (let col = at.col + 1; col < cells.length; col++) {
    const text = cellText(cells[col] ?? null).trim();
    if (text && !isUnitWord(text)) return { cell: cellAddress(at.row, col), text };
  }
  return undefined;
}

/** A unit's rate from its own parts; the typed rate only when the parts are not both there. */
function recomputeRates(rates: readonly Indicator[], figures: Record<string, UnitFigure>): void {
  for (const indicator of rates) {
    const formula = indicator.formula!;
    const num = figures[formula.numerator]?.value;
    const den = figures[formula.denominator]?.value;
    if (typeof num !== "number" || typeof den !== "number" || den === 0) continue;
    const rate = (num / den) * formula.scale;
    if (!Number.isFinite(rate)) continue; // a denominator like 1e-300 overflows: the typed rate stays
    const cell = figures[indicator.key]?.cell ?? "";
    figures[indicator.key] = { value: rate, cell, recomputed: true };
  }
}

/**
 * Every value of an indicator sheet, accounted for: each indicator's cell read and converted, each
 * label the template does not know reported with the figure beside it rejected, each indicator the
 * sheet lacks reported. Rates are recomputed from the unit's own parts.
 */
export function readIndicatorReport(template: IndicatorTemplate, report: ExtractedReport, sheet: SheetSnapshot, year?: number): SheetReading {
  const values: ValueAccount[] = [];
  const figures: Record<string, UnitFigure> = {};
  const findings: FindingDraft[] = [];
  const plan = planFor(template);
  plan.fields.forEach((field) => {
    const found = report.indicators[field.key];
    if (!found) return;
    const sheetUnit = sheetUnitFor(field.unit, found.unitOnSheet, report.tableUnit);
    const account = readValue(found.value, field, { sheet: report.sheet, sheetUnit, year }, findings);
    values.push(account);
    if (account.status === "accepted" && account.value !== undefined) {
      figures[field.key] = account.qualifier ? { value: account.value, cell: account.cell, qualifier: account.qualifier } : { value: account.value, cell: account.cell };
    }
  });
  recomputeRates(plan.rates, figures);

  for (const unmatched of report.unmatched) {
    findings.push({
      ...problem("consolidate.finding.unmatched-label", { label: unmatched.label, cell: unmatched.address }),
      severity: "verify",
      sheet: report.sheet,
      cell: unmatched.address,
      indicator: unmatched.label,
    });
    const figure = figureBeside(sheet, unmatched.address);
    if (figure) {
      const reason = problem("consolidate.value.unmatched-label", { label: unmatched.label });
      values.push({ sheet: report.sheet, cell: figure.cell, label: unmatched.label, raw: figure.text, status: "rejected", reason, notes: [] });
    }
  }

  const absent = report.missing.filter((key) => plan.byKey.get(key)?.aggregate !== "recompute");
  if (report.headFound && absent.length > 0) {
    const names = absent.map((key) => plan.byKey.get(key)?.label ?? key).join("、");
    findings.push({ ...problem("consolidate.finding.missing-indicators", { count: absent.length, labels: names }), severity: "verify", sheet: report.sheet });
  }
  return { values, figures, findings };
}

function fieldOf(indicator: Indicator): ValueField {
  return { key: indicator.key, label: indicator.label, kind: indicator.kind, unit: indicator.unit, decimals: indicator.decimals, options: indicator.options };
}
