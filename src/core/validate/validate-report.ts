import type { Finding } from "./finding";
import { SEVERITY_ORDER } from "./finding";
import type { ReportReading } from "./reading";
import type { RuleRegistry } from "./rule-registry";
import { defaultRules } from "./default-rules";

export interface ValidationResult {
  findings: Finding[];
  summary: { error: number; verify: number; hint: number };
}

/**
 * The default rules, registered once: a consolidation audits every file it reads, and a registry made
 * afresh for each cost as much as a rule. It is never handed out, so nothing registers into it.
 */
let defaultRegistry: RuleRegistry | undefined;
const rulesInForce = (given?: RuleRegistry): RuleRegistry => given ?? (defaultRegistry ??= defaultRules());

/** Run every rule over one report (and its previous submission, when given). */
export function validateReport(reading: ReportReading, options: { previous?: ReportReading; rules?: RuleRegistry } = {}): Finding[] {
  const rules = rulesInForce(options.rules);
  const context = { reading, previous: options.previous };
  // A loop, not a flatMap: it runs for every file of a consolidation, and most rules find nothing.
  const findings: Finding[] = [];
  for (const rule of rules.rules()) for (const finding of rule.check(context)) findings.push(finding);
  return findings;
}

/** Every report of a workbook, then the rules across its tables; findings ordered by severity, sheet and row. */
export function validateReadings(readings: readonly ReportReading[], options: { previous?: readonly ReportReading[]; rules?: RuleRegistry } = {}): ValidationResult {
  const rules = rulesInForce(options.rules);
  const findings = readings.flatMap((reading) => {
    const previous = options.previous?.find((p) => p.template.id === reading.template.id);
    return validateReport(reading, { previous, rules });
  });
  for (const rule of rules.workbookLevel()) findings.push(...rule.check(readings));
  return { findings: sortFindings(findings), summary: summarize(findings) };
}

export function summarize(findings: readonly Finding[]): ValidationResult["summary"] {
  const summary = { error: 0, verify: 0, hint: 0 };
  for (const f of findings) summary[f.severity]++;
  return summary;
}

function rowOf(cell: string): number {
  return Number(/\d+/.exec(cell)?.[0] ?? 0);
}

function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.location.sheet.localeCompare(b.location.sheet) ||
      rowOf(a.location.cell) - rowOf(b.location.cell) ||
      a.location.cell.localeCompare(b.location.cell),
  );
}
