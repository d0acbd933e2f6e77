import type { Finding } from "./finding";
import type { ReportReading } from "./reading";

export interface RuleContext {
  reading: ReportReading;
  /** The same unit's previous submission, when given (累计 must not fall; big changes need a 说明). */
  previous?: ReportReading;
}

/** One audit rule (表内审核): a pure function from a read report to findings. */
export interface Rule {
  id: string;
  check(context: RuleContext): Finding[];
}

/** A rule over all template sheets of one workbook (表间审核). */
export interface WorkbookRule {
  id: string;
  check(readings: readonly ReportReading[]): Finding[];
}
