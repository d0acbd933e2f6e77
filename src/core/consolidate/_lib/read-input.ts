import type { ExtractedReport } from "../../extract";
import { parseValue } from "../../parse/parse-value";
import type { ReportTemplate } from "../../template/types";
import { problem } from "../../locale";
import { recognizeTemplate, type SheetRecognition } from "../../recognize";
import type { InputAccount, InputReason, StackedLedgerRow, UnitFigure } from "../consolidation-result";
import { emptyAccount, setValues } from "./account-counts";
import type { Roster } from "../roster";
import { isUnreadableInput, type UnitInput } from "../unit-input";
import type { FindingDraft } from "./finding-draft";
import { identifyUnit, type UnitIdentity } from "./identify-unit";
import { readIndicatorReport } from "./read-indicator-report";
import { readLedgerReport } from "./read-ledger-report";

export interface ReadInputOptions {
  template: ReportTemplate;
  knownTemplates: readonly ReportTemplate[];
  roster?: Roster;
  threshold?: number;
  /**
   * Keep the sheet as read (for the audit rules, which run once the files counted are known).
   * Without them it is dropped as soon as the values are taken: for a big ledger it holds a cell
   * object for every value, as many as the accounts themselves.
   */
  keepReport?: boolean;
}

/** A file whose sheet was read against the template: to be counted unless another file of its unit supersedes it. */
export interface InputCandidate {
  account: InputAccount;
  identity: UnitIdentity;
  /** The sheet as read, when `keepReport` asked for it. */
  report?: ExtractedReport;
  figures: Record<string, UnitFigure>;
  /** The ledger's rows, stacked under the unit's name and the file. */
  ledgerRows: StackedLedgerRow[];
  drafts: FindingDraft[];
}

export type InputOutcome = { kind: "candidate"; candidate: InputCandidate } | { kind: "rejected"; account: InputAccount };

/** The sheet holding the template: a bound one first, then the surest by content, then the first in tab order. */
function pickSheet(recognitions: readonly SheetRecognition[], templateId: string): SheetRecognition | undefined {
  const matching = recognitions.filter((r) => r.template?.id === templateId);
  return matching.find((r) => r.how === "binding") ?? [...matching].sort((a, b) => b.confidence - a.confidence)[0];
}

function notFound(file: string, template: ReportTemplate, recognitions: readonly SheetRecognition[]): InputReason {
  const other = recognitions.find((r) => r.template && r.template.id !== template.id);
  if (other) return problem("consolidate.input.other-template", { file, sheet: other.sheet, other: other.template!.title, template: template.title });
  if (recognitions.length === 0) return problem("consolidate.input.no-sheets", { file });
  const closest = [...recognitions].sort((a, b) => b.confidence - a.confidence)[0];
  return problem("consolidate.input.not-recognised", { file, template: template.title, detail: closest.reason });
}

function reportDateOf(report: ExtractedReport): Date | undefined {
  const cell = report.header.reportDate;
  if (!cell) return undefined;
  const parsed = parseValue(cell.value, { kind: "date" });
  return parsed.status === "date" ? parsed.value : undefined;
}

/**
 * One file: recognise the template's sheet, find the unit, read and account for every value.
 * A file that cannot be read, or holds no sheet of the template, comes back rejected with the reason.
 */
export function readInput(input: UnitInput, options: ReadInputOptions): InputOutcome {
  const { template } = options;
  const base = emptyAccount(input.fileName, input.order ?? 0, input.sha256);
  if (isUnreadableInput(input)) {
    const detail = "problem" in input.error ? input.error.problem : input.error.message;
    const reason = problem("consolidate.input.unreadable", { file: input.fileName, detail });
    return { kind: "rejected", account: { ...base, status: "rejected", reason } };
  }
  const recognitions = recognizeTemplate(input.sheets, input.bindings ?? [], options.knownTemplates, { threshold: options.threshold, preferred: template });
  const chosen = pickSheet(recognitions, template.id);
  if (!chosen?.report) return { kind: "rejected", account: { ...base, status: "rejected", reason: notFound(input.fileName, template, recognitions) } };

  const report = chosen.report;
  const reportDate = reportDateOf(report);
  const period = report.header.period?.text || undefined;
  const titles = [template.title, ...(template.aliases ?? [])];
  const identity = identifyUnit(report.header.unit?.text, input.fileName, titles, options.roster);
  const year = reportDate?.getUTCFullYear();
  const reading =
    template.kind === "indicators"
      ? readIndicatorReport(template, report, year)
      : readLedgerReport(template, report, { unit: identity.name, file: input.fileName }, year);

  // The account is the fresh one made above: filled in place, key by key, in the order it is shown.
  const account = base;
  account.unit = identity.name;
  account.unitWritten = identity.written;
  account.unitSource = identity.source;
  account.unitHow = identity.how;
  account.unitConfidence = identity.confidence;
  account.template = { id: template.id, title: template.title, how: chosen.how === "binding" ? "binding" : "content", confidence: chosen.confidence, reason: chosen.reason };
  account.sheet = chosen.sheet;
  if (period) account.period = period;
  if (reportDate) account.reportDate = reportDate;
  account.missing = report.missing;
  setValues(account, reading.values);
  const candidate: InputCandidate = {
    account,
    identity,
    figures: "figures" in reading ? reading.figures : {},
    ledgerRows: "rows" in reading ? reading.rows : [],
    drafts: [...identity.findings, ...reading.findings],
  };
  if (options.keepReport) candidate.report = report;
  return { kind: "candidate", candidate };
}
