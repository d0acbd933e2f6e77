import { extractReport } from "../extract";
import { templateSheets, type TemplateSheet, type WorkbookContent } from "../recognize";
import type { ReportTemplate } from "../template/types";
import { readReport } from "./read-report";
import type { ReportReading } from "./reading";
import type { RuleRegistry } from "./rule-registry";
import { validateReadings, type ValidationResult } from "./validate-report";

export interface WorkbookValidation extends ValidationResult {
  /** The sheets audited and their templates. */
  sheets: Array<{ sheet: string; templateId: string; how: TemplateSheet["how"] }>;
  readings: ReportReading[];
}

function readAll(content: WorkbookContent, known: readonly ReportTemplate[], given?: ReportTemplate) {
  const found = templateSheets(content, known, { given, byContent: true });
  return {
    found,
    readings: found.map(({ sheet, template }) => readReport(template, extractReport(template, sheet), content.file)),
  };
}

/**
 * Audit every report sheet of a workbook — bound, given, or, when neither, recognised by its title
 * and labels — against the unit's previous workbook when given.
 */
export function validateWorkbook(
  content: WorkbookContent,
  options: { known: readonly ReportTemplate[]; template?: ReportTemplate; previous?: WorkbookContent; rules?: RuleRegistry },
): WorkbookValidation {
  const { found, readings } = readAll(content, options.known, options.template);
  const previous = options.previous ? readAll(options.previous, options.known, options.template).readings : undefined;
  const result = validateReadings(readings, { previous, rules: options.rules });
  return { ...result, sheets: found.map((f) => ({ sheet: f.sheet.name, templateId: f.template.id, how: f.how })), readings };
}
