import { message } from "../../locale";
import { UNIT_WORDS, type ExtractedReport } from "../../extract";
import { cellText } from "../../form/cell-text";
import { convertUnit, normalizeUnit, unitFamily } from "../../parse/units";
import { cellAddress, parseCellAddress, type SheetSnapshot } from "../../sheet";
import { flattenIndicators } from "../../template/indicator-tree";
import type { Indicator, IndicatorTemplate } from "../../template/types";
import type { UnitFigure, ValueAccount } from "../consolidation-result";
import { explain } from "./explain";
import type { FindingDraft } from "./finding-draft";
import { readValue } from "./read-value";

export interface SheetReading {
  values: ValueAccount[];
  figures: Record<string, UnitFigure>;
  findings: FindingDraft[];
}

/** The unit the sheet states for an indicator: its 计量单位 cell (or label), else a table-wide unit of the same kind. */
function sheetUnitFor(fieldUnit: string | undefined, unitOnSheet: string | undefined, tableUnit: string | undefined): string | undefined {
  if (!fieldUnit) return undefined;
  // A 计量单位 cell holding "—" or a note is no unit; one that converts or reads as a unit word is.
  const looksLikeUnit = (u: string) => UNIT_WORDS.test(normalizeUnit(u)) || convertUnit(1, u, fieldUnit) !== undefined;
  if (unitOnSheet && looksLikeUnit(unitOnSheet)) return unitOnSheet;
  if (tableUnit && unitFamily(tableUnit)?.id === unitFamily(fieldUnit)?.id) return tableUnit;
  return undefined;
}

/** The first filled cell right of an unmatched label that is not a unit word: the figure it carried. */
function figureBeside(sheet: SheetSnapshot, address: string): { cell: string; text: string } | undefined {
  const at = parseCellAddress(address);
  if (!at) return undefined;
  const cells = sheet.rows[at.row] ?? [];
  for (let col = at.col + 1; col < cells.length; col++) {
    const text = cellText(cells[col] ?? null).trim();
    if (text && !UNIT_WORDS.test(normalizeUnit(text))) return { cell: cellAddress(at.row, col), text };
  }
  return undefined;
}

/** A unit's rate from its own parts; the typed rate only when the parts are not both there. */
function recomputeRates(template: IndicatorTemplate, figures: Record<string, UnitFigure>): void {
  for (const { indicator } of flattenIndicators(template)) {
    const formula = indicator.formula;
    if (!formula || indicator.aggregate !== "recompute") continue;
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
  const placed = flattenIndicators(template);
  for (const { indicator } of placed) {
    const found = report.indicators[indicator.key];
    if (!found) continue;
    const unit = indicator.unit ?? template.tableUnit;
    const sheetUnit = sheetUnitFor(unit, found.unitOnSheet, report.tableUnit);
    const reading = readValue(found.value, { ...fieldOf(indicator), unit }, { sheet: report.sheet, sheetUnit, year });
    values.push(reading.account);
    findings.push(...reading.findings);
    const { account } = reading;
    if (account.status === "accepted" && account.value !== undefined) {
      figures[indicator.key] = { value: account.value, cell: account.cell, ...(account.qualifier ? { qualifier: account.qualifier } : {}) };
    }
  }
  recomputeRates(template, figures);

  for (const unmatched of report.unmatched) {
    findings.push({
      severity: "verify",
      code: "consolidate.finding.unmatched-label",
      sheet: report.sheet,
      cell: unmatched.address,
      indicator: unmatched.label,
      message: message("consolidate.finding.unmatched-label", { label: unmatched.label, cell: unmatched.address }),
    });
    const figure = figureBeside(sheet, unmatched.address);
    if (figure) {
      const reason = explain("consolidate.value.unmatched-label", { label: unmatched.label });
      values.push({ sheet: report.sheet, cell: figure.cell, label: unmatched.label, raw: figure.text, status: "rejected", reason, notes: [] });
    }
  }

  const labels = new Map(placed.map((p) => [p.indicator.key, p.indicator]));
  const absent = report.missing.filter((key) => labels.get(key)?.aggregate !== "recompute");
  if (report.headFound && absent.length > 0) {
    const names = absent.map((key) => labels.get(key)?.label ?? key).join("、");
    findings.push({
      severity: "verify",
      code: "consolidate.finding.missing-indicators",
      sheet: report.sheet,
      message: message("consolidate.finding.missing-indicators", { count: absent.length, labels: names }),
    });
  }
  return { values, figures, findings };
}

function fieldOf(indicator: Indicator) {
  return { key: indicator.key, label: indicator.label, kind: indicator.kind, unit: indicator.unit, decimals: indicator.decimals, options: indicator.options };
}
