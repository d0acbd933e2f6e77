import { problem } from "../../locale";
import { problemSeverity, UNIT_WORDS, type ExtractedCell, type ExtractedReport, type UnplacedCell } from "../../extract";
import { convertUnit, normalizeUnit, unitFamily } from "../../parse/units";
import { flattenIndicators, type PlacedIndicator } from "../../template/indicator-tree";
import { computedValue } from "../../template/computed-value";
import { tableRows } from "../../template/table-cells";
import type { IndicatorTemplate, TableValue } from "../../template/types";
import type { PriorParse } from "../../validate/read-report";
import { memoizeString } from "../../_lib/string-memo";
import type { UnitFigure, ValueAccount } from "../consolidation-result";
import { exactSum } from "./exact-sum";
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
  /** By field: whether the audit reads it against the same unit (the indicator's own), so can take its parse. */
  auditSameField: boolean[];
  /** The rates a unit's figures are recomputed into. */
  rates: TableValue[];
  byKey: Map<string, TableValue>;
  /** The 主栏's labels by row key (the 合计 row's too). */
  rowLabels: Map<string, string>;
  /** The values of a 合计 row that add up rows. */
  totalRow: TableValue[];
}

/** What the 来源清单 names a cell that was not read by: its row's label where the reason says it, else the column's head. */
function labelOfUnplaced(cell: UnplacedCell): string {
  const params = cell.reason.params as Record<string, unknown>;
  return String(params.label ?? params.head ?? params.column ?? cell.address);
}

const plans = new WeakMap<IndicatorTemplate, TemplatePlan>();

function planFor(template: IndicatorTemplate): TemplatePlan {
  let plan = plans.get(template);
  if (!plan) {
    const placed = flattenIndicators(template);
    plan = {
      placed,
      fields: placed.map(({ indicator }) => ({ ...fieldOf(indicator), unit: indicator.unit ?? template.tableUnit })),
      auditSameField: placed.map(({ indicator }) => indicator.unit !== undefined || template.tableUnit === undefined),
      rates: placed.map((p) => p.indicator).filter((indicator) => (indicator.formula || indicator.change) && indicator.aggregate === "recompute"),
      byKey: new Map(placed.map((p) => [p.indicator.key, p.indicator])),
      rowLabels: new Map(tableRows(template).map((r) => [r.indicator.key, r.indicator.label])),
      totalRow: placed.map((p) => p.indicator).filter((indicator) => indicator.isTotal && indicator.aggregate === "sum" && indicator.children?.length),
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

/** A 合计 the unit left blank (or a form without one, of an earlier version) is its rows added up. */
function addUpTotalRow(values: readonly TableValue[], figures: Record<string, UnitFigure>): void {
  for (const indicator of values) {
    if (figures[indicator.key]) continue;
    const parts = indicator.children!.map((c) => figures[c.key]?.value).filter((v): v is number => typeof v === "number");
    if (parts.length === 0) continue;
    const sum = exactSum(parts);
    if (Number.isFinite(sum)) figures[indicator.key] = { value: sum, cell: "", recomputed: true };
  }
}

/** A unit's rates and changes from its own figures; the typed one only when the parts are not both there. */
function recomputeRates(rates: readonly TableValue[], figures: Record<string, UnitFigure>): void {
  const figureOf = (key: string) => {
    const value = figures[key]?.value;
    return typeof value === "number" ? value : undefined;
  };
  // In form order, so that a rate's change (in 个百分点) reads the rates recomputed before it.
  for (const indicator of rates) {
    const value = computedValue(indicator, figureOf);
    if (value === undefined) continue;
    figures[indicator.key] = { value, cell: figures[indicator.key]?.cell ?? "", recomputed: true };
  }
}

/** A unit's 合计 (where left blank) and rates worked out again from its figures, in place. */
export function refigure(template: IndicatorTemplate, figures: Record<string, UnitFigure>): void {
  const plan = planFor(template);
  addUpTotalRow(plan.totalRow, figures);
  recomputeRates(plan.rates, figures);
}

/**
 * Every value of an indicator sheet, accounted for: each indicator's cell read and converted, each
 * label the template does not know reported with the figure beside it rejected, each indicator the
 * sheet lacks reported. Rates are recomputed from the unit's own parts. Each cell's parse the audit can
 * take is kept in `parses`, when given.
 */
export function readIndicatorReport(template: IndicatorTemplate, report: ExtractedReport, year?: number, parses?: Map<ExtractedCell, PriorParse>): SheetReading {
  const values: ValueAccount[] = [];
  const figures: Record<string, UnitFigure> = {};
  const findings: FindingDraft[] = [];
  const plan = planFor(template);
  const keep = parses ? (cell: ExtractedCell, parsed: PriorParse) => void parses.set(cell, parsed) : undefined;
  plan.fields.forEach((field, i) => {
    const found = report.indicators[field.key];
    if (!found) return;
    const sheetUnit = sheetUnitFor(field.unit, found.unitOnSheet, report.tableUnit);
    const account = readValue(found.value, field, { sheet: report.sheet, sheetUnit, year, keep: plan.auditSameField[i] ? keep : undefined }, findings);
    values.push(account);
    if (account.status === "accepted" && account.value !== undefined) {
      figures[field.key] = account.qualifier ? { value: account.value, cell: account.cell, qualifier: account.qualifier } : { value: account.value, cell: account.cell };
    }
  });
  refigure(template, figures);

  for (const unmatched of report.unmatched) {
    findings.push({
      ...problem("consolidate.finding.unmatched-label", { label: unmatched.label, cell: unmatched.address }),
      severity: "verify",
      sheet: report.sheet,
      cell: unmatched.address,
      indicator: unmatched.label,
    });
  }
  // Every filled cell that is not a value of the form is accounted for, with the reason.
  for (const cell of report.unplaced ?? []) {
    values.push({ sheet: report.sheet, cell: cell.address, label: labelOfUnplaced(cell), raw: cell.text, status: "rejected", reason: cell.reason, notes: [] });
  }
  for (const { address, ...found } of report.problems ?? []) {
    findings.push({ ...found, severity: problemSeverity(found.code), sheet: report.sheet, cell: address });
  }

  // Rows missing are named; a column missing is said once among the problems above.
  const absent = (report.missingRows ?? report.missing).filter((key) => plan.byKey.get(key)?.aggregate !== "recompute" && plan.rowLabels.has(key));
  if (report.headFound && absent.length > 0) {
    const names = absent.map((key) => plan.rowLabels.get(key) ?? key).join("、");
    findings.push({ ...problem("consolidate.finding.missing-indicators", { count: absent.length, labels: names }), severity: "verify", sheet: report.sheet });
  }
  return { values, figures, findings };
}

function fieldOf(indicator: TableValue): ValueField {
  return { key: indicator.key, label: indicator.label, kind: indicator.kind, unit: indicator.unit, decimals: indicator.decimals, options: indicator.options };
}
