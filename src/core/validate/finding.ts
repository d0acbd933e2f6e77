import type { Severity } from "../template/types";
import type { extractZh } from "../locale/zh-CN/extract";
import type { validateZh } from "../locale/zh-CN/validate";

/** An audit rule's own finding, or what reading the table met (a value that could not be placed). */
export type FindingCode = keyof typeof validateZh | keyof typeof extractZh;

export interface FindingLocation {
  file?: string;
  sheet: string;
  /** A1 address. */
  cell: string;
}

/**
 * A problem found by an audit rule, as data: the words come from the locale by `code`, so the pane,
 * the sheet notes and the CLI say the same thing.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  location: FindingLocation;
  /** The indicator's (or column's) label. */
  indicator?: string;
  /** The value as typed. */
  input?: string;
  params: Record<string, string | number>;
  /** A suggested fix, when there is one (a locale code of its own). */
  fix?: { code: FindingCode; params: Record<string, string | number> };
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, verify: 1, hint: 2 };
