import { consolidate, summaryPlans, type ConsolidationResult } from "../../src/core/consolidate";
import { summaryNarrative } from "../../src/core/narrative";
import type { ReportTemplate } from "../../src/core/template";
import { addInForm, inputOf, rosterOf } from "./consolidate-factory";
import { fakeWorkbookPort, type FakeWorkbookPort } from "./fake-workbook-port";
import { sheetFromPlan } from "./sheet-factory";

export interface SummaryWorkbookOptions {
  /** Whether the workbook already holds the 综述 sheet the command line writes with a summary. */
  narrativeSheet?: boolean;
  /** Each unit's figures by indicator key, by unit name. */
  units?: Record<string, Record<string, string>>;
  /** Put the summary into this port (several summaries in one workbook); a new one by default. */
  port?: FakeWorkbookPort;
  /** The 汇总表's name (a second summary is renamed 汇总表(2) by the pane). */
  sheetSuffix?: string;
}

const DEFAULT_UNITS: Record<string, Record<string, string>> = {
  城关镇: { total: "92", big: "3", small: "89", resumed: "80", funds: "12.5" },
  东城街道: { total: "10", big: "2", small: "8", resumed: "6", funds: "1.25" },
};

/**
 * A summary workbook as the consolidation leaves it: the units' add-in forms consolidated by core,
 * the summary's sheets (汇总表 bound to its template, 分单位明细 …) and the very hidden narrative data
 * sheet, each read back as an adapter would, behind a fake port.
 */
export function summaryWorkbook(template: ReportTemplate, options: SummaryWorkbookOptions = {}): { port: FakeWorkbookPort; result: ConsolidationResult } {
  const units = options.units ?? DEFAULT_UNITS;
  const roster = rosterOf(...Object.keys(units), "西城街道");
  const inputs = Object.entries(units).map(([unit, values], i) => {
    const { sheet, binding } = addInForm(template, { unit, period: "2023年2月20日24时" }, values);
    return inputOf(`${unit}.xlsx`, i + 1, sheet, [binding]);
  });
  const result = consolidate(inputs, { template, roster });
  const narrative = summaryNarrative(result);
  const plans = [...summaryPlans(result, { reportDate: new Date(Date.UTC(2023, 1, 21)) }), ...narrative.plans.slice(options.narrativeSheet ? 0 : 1)];
  const port = options.port ?? fakeWorkbookPort();
  for (const plan of plans) {
    const name = plan.veryHidden ? plan.sheetName : plan.sheetName + (options.sheetSuffix ?? "");
    const { rows } = sheetFromPlan(plan);
    const existing = port.sheets.findIndex((s) => s.name === name);
    if (existing >= 0) port.sheets.splice(existing, 1);
    port.sheets.push({ name, visibility: plan.veryHidden ? "veryHidden" : "visible", rows });
    if (plan.templateId === template.id)
      port.bindings.push({ sheetName: name, templateId: template.id, templateVersion: template.version, templateJson: JSON.stringify(template) });
  }
  return { port, result };
}

/** A workbook holding only a unit's own form, made and bound by the add-in: no summary to write from. */
export function unitFormWorkbook(template: ReportTemplate): FakeWorkbookPort {
  const port = fakeWorkbookPort();
  const { sheet, binding } = addInForm(template, { unit: "城关镇" }, {});
  port.sheets.push({ name: sheet.name, visibility: "visible", rows: sheet.rows });
  port.bindings.push(binding);
  return port;
}
