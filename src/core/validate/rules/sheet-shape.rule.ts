import { indicatorsByKey } from "../../template/indicator-tree";
import type { Finding } from "../finding";
import type { Rule } from "../rule";

/**
 * What the sheet lacks or has extra against its form: no head at all (错误), an indicator of the form
 * not found (核实), a label that names no indicator (提示). Nothing is dropped silently.
 */
export const sheetShapeRule: Rule = {
  id: "sheet-shape",
  check({ reading }) {
    const { report, template } = reading;
    const at = (cell: string) => ({ ...(reading.file ? { file: reading.file } : {}), sheet: report.sheet, cell });
    if (!report.headFound)
      return [{ code: "validate.head-not-found", severity: "error", location: at("A1"), params: { sheet: report.sheet, title: template.title } }];
    const labels = template.kind === "indicators" ? indicatorsByKey(template) : new Map(template.columns.map((c) => [c.key, c]));
    const findings: Finding[] = report.missing.map((key) => {
      const label = labels.get(key)?.label ?? key;
      return { code: "validate.missing-indicator", severity: "verify", location: at("A1"), indicator: label, params: { label } };
    });
    for (const u of report.unmatched)
      findings.push({ code: "validate.unmatched-label", severity: "hint", location: at(u.address), indicator: u.label, input: u.label, params: { label: u.label } });
    return findings;
  },
};
