import type { Severity } from "../template/types";
import type { ExtractionCode } from "./extracted-report";

/**
 * How much a reason to leave cells of a table unread weighs, for the audit and the consolidation alike:
 * a value that could not be placed with certainty (a label its section does not tell apart, a row met
 * twice, a column found twice, no heads) leaves a total short — 错误; a row, column or cell the form
 * does not have, or that an earlier version had, is worth a look — 核实.
 */
const SEVERITY: Record<ExtractionCode, Severity> = {
  "extract.ambiguous-label": "error",
  "extract.duplicate-row": "error",
  "extract.ambiguous-column": "error",
  "extract.column-of-two": "error",
  "extract.no-column-heads": "error",
  "extract.unknown-column": "verify",
  "extract.unmatched-label": "verify",
  "extract.not-filled": "verify",
  "extract.not-migrated": "verify",
  "extract.missing-columns": "verify",
};

export function problemSeverity(code: ExtractionCode): Severity {
  return SEVERITY[code];
}
