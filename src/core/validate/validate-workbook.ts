import { extractReport } from "../extract";
import type { ReportTemplate } from "../template/types";
import { readReport } from "./read-report";
import type { ReportReading } from "./reading";
import type { RuleRegistry } from "./rule-registry";
import { templateSheets, type WorkbookContent } from "./template-sheets";
import { validateReadings, type ValidationResult } from "./validate-report";

export interface WorkbookValidation extends ValidationResult {
  /** The sheets audited and their templates. */
  sheets: Array<{ sheet: string; templateId: string; how: "binding" | "given" }>;
  readings: ReportReading[];
}

function readAll(content: WorkbookContent, known: readonly ReportTemplate[], given?: ReportTemplate) {
  const found = templateSheets(content, known, given);
  return {
    found,
    readings: found.map(({ sheet, template }) => readReport(template, extractReport(template, sheet), content.file)),
  };
}

/** Audit every template sheet of a workbook, against the unit's previous workbook when given. */
export function validateWorkbook(
  content: WorkbookContent,
  options: { known: readonly ReportTemplate[]; template?: ReportTemplate; previous?: WorkbookContent; rules?: RuleRegistry },
): WorkbookValidation {
  const { found, readings } = readAll(content, options.known, options.template);
  const previous = options.previous ? readAll(options.previous, options.known, options.template).readings : undefined;
  const result = validateReadings(readings, { previous, rules: options.rules });
  return { ...result, sheets: found.map((f) => ({ sheet: f.sheet.name, templateId: f.template.id, how: f.how })), readings };
}
