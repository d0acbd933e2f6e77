import type { Problem } from "../locale";
import type { extractZh } from "../locale/zh-CN/extract";
import type { validateZh } from "../locale/zh-CN/validate";
import type { Severity } from "../template/types";

type ValidateCode = keyof typeof validateZh;

/**
 * What a rule can find: the codes of validate.* messages that are findings (not fixes, operators or
 * severities), and what reading the table met (a value that could not be placed: extract.*).
 */
export type FindingCode = Exclude<ValidateCode, `fix.${string}` | `validate.op.${string}` | `validate.severity.${string}`> | keyof typeof extractZh;

/** A suggested fix: a message of its own. */
export type FixCode = Extract<ValidateCode, `fix.${string}`>;

export interface FindingLocation {
  file?: string;
  sheet: string;
  /** A1 address. */
  cell: string;
}

/**
 * A problem found by an audit rule, as data: a code with its typed params, worded by the locale
 * (findingMessage), so the pane, the sheet notes and the CLI say the same thing.
 */
export type Finding = Problem<FindingCode> & {
  severity: Severity;
  location: FindingLocation;
  /** The indicator's (or column's) label. */
  indicator?: string;
  /** The value as typed. */
  input?: string;
  /** A suggested fix, when there is one. */
  fix?: Problem<FixCode>;
};

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, verify: 1, hint: 2 };
