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

export interface SheetsValidationOptions {
  /** The report sheets of the unit's previous workbook (累计 must not fall; big changes need a 说明). */
  previous?: readonly TemplateSheet[];
  /** The file the sheets are in, named in the findings' places. */
  file?: string;
  rules?: RuleRegistry;
}

const readAll = (found: readonly TemplateSheet[], file?: string): ReportReading[] =>
  found.map(({ sheet, template }) => readReport(template, extractReport(template, sheet), file));

/** Audit report sheets already found (see templateSheets), against the unit's previous ones when given. */
export function validateSheets(found: readonly TemplateSheet[], options: SheetsValidationOptions = {}): WorkbookValidation {
  const readings = readAll(found, options.file);
  const previous = options.previous ? readAll(options.previous) : undefined;
  const result = validateReadings(readings, { previous, rules: options.rules });
  return { ...result, sheets: found.map((f) => ({ sheet: f.sheet.name, templateId: f.template.id, how: f.how })), readings };
}

/**
 * Audit every report sheet of a workbook — bound, given, or, when neither, recognised by its title
 * and labels — against the unit's previous workbook when given.
 */
export function validateWorkbook(
  content: WorkbookContent,
  options: { known: readonly ReportTemplate[]; template?: ReportTemplate; previous?: WorkbookContent; rules?: RuleRegistry },
): WorkbookValidation {
  const find = (workbook: WorkbookContent) => templateSheets(workbook, options.known, { given: options.template, byContent: true });
  return validateSheets(find(content), { previous: options.previous && find(options.previous), file: content.file, rules: options.rules });
}
