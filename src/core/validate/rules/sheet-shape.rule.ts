import { problemSeverity } from "../../extract";
import { tableCells } from "../../template/table-cells";
import type { Finding } from "../finding";
import type { Rule } from "../rule";

/**
 * What the sheet lacks or has extra against its form: no head at all (错误), a row of the form not found
 * (核实), a label that names no row (提示), and what made the table uncertain to read — a label its section
 * does not tell apart, a column found twice, a column or a filled — cell the form does not have — each
 * once, where it is, weighed as consolidation weighs it. Nothing is dropped silently.
 */
export const sheetShapeRule: Rule = {
  id: "sheet-shape",
  check({ reading }) {
    const { report, template } = reading;
    const at = (cell: string) => ({ ...(reading.file ? { file: reading.file } : {}), sheet: report.sheet, cell });
    if (!report.headFound)
      return [{ code: "validate.head-not-found", severity: "error", location: at("A1"), params: { sheet: report.sheet, title: template.title } }];
    const labels =
      template.kind === "indicators"
        ? new Map(tableCells(template).rows.map((r) => [r.indicator.key, r.indicator.label]))
        : new Map(template.columns.map((c) => [c.key, c.label]));
    const missing = template.kind === "indicators" ? (report.missingRows ?? report.missing) : report.missing;
    const findings: Finding[] = missing.map((key) => {
      const label = labels.get(key) ?? key;
      return { code: "validate.missing-indicator", severity: "verify", location: at("A1"), indicator: label, params: { label } };
    });
    for (const u of report.unmatched)
      findings.push({ code: "validate.unmatched-label", severity: "hint", location: at(u.address), indicator: u.label, input: u.label, params: { label: u.label } });
    for (const { address, ...problem } of report.problems ?? []) findings.push({ ...problem, severity: problemSeverity(problem.code), location: at(address) });
    return findings;
  },
};
