import type { ExtractedCell, ExtractedReport } from "../../extract";
import { parseValue } from "../../parse/parse-value";
import type { ReportTemplate, Severity } from "../../template/types";
import { problem } from "../../locale";
import { recognizeTemplate, type SheetRecognition } from "../../recognize";
import type { EntryPrior, PriorParse } from "../../validate/read-report";
import type { ConsolidationAudit, ValidationFindingLike } from "../consolidate";
import type { InputAccount, InputReason, UnitFigure } from "../consolidation-result";
import type { LedgerRows } from "../ledger-rows";
import { emptyAccount, setValues } from "./account-counts";
import type { Roster } from "../roster";
import { isUnreadableInput, type ReadInput, type UnitInput } from "../unit-input";
import type { FindingDraft } from "./finding-draft";
import { identifyUnit, type UnitIdentity } from "./identify-unit";
import { readIndicatorReport } from "./read-indicator-report";
import { readLedgerReport } from "./read-ledger-report";
import { settleSheets } from "./settle-sheets";
import { unitDecisionKey, type UnitDecisions } from "../unit-decision";

export interface ReadInputOptions {
  template: ReportTemplate;
  knownTemplates: readonly ReportTemplate[];
  roster?: Roster;
  threshold?: number;
  /**
   * The audit rules, run on each sheet read as a unit's report, on the same reading (each cell parsed
   * once for both). The sheet is let go as soon as both are done: for a big ledger it holds a cell
   * object for every value.
   */
  audit?: ConsolidationAudit;
  /** The clerk's answers for sheets whose 填报单位 and file name name two units. */
  unitDecisions?: UnitDecisions;
}

/** A file whose sheet was read against the template: to be counted unless another file of its unit supersedes it. */
export interface InputCandidate {
  account: InputAccount;
  identity: UnitIdentity;
  /** The audit rules' findings on the sheet (none without an audit); worded and placed once the file is counted. */
  audited: readonly ValidationFindingLike[];
  figures: Record<string, UnitFigure>;
  /** The ledger's rows, stacked under the unit's name and the file; absent for an indicator table. */
  ledgerRows?: LedgerRows;
  drafts: FindingDraft[];
}

/**
 * A sheet read, or a file or sheet not used: with how severe its not being used is (an error by default)
 * and the cell that says why, where one does.
 */
export type InputOutcome =
  | { kind: "candidate"; candidate: InputCandidate }
  | { kind: "rejected"; account: InputAccount; severity?: Severity; cell?: string };

/**
 * The sheets holding the template, each a unit's report: bound ones first, then the surest by content,
 * then tab order (the first of one unit's sheets is the one counted).
 */
function pickSheets(recognitions: readonly SheetRecognition[], templateId: string): SheetRecognition[] {
  const matching = recognitions.filter((r) => r.template?.id === templateId && r.report);
  return matching
    .map((r, tab) => ({ r, tab }))
    .sort((a, b) => Number(b.r.how === "binding") - Number(a.r.how === "binding") || b.r.confidence - a.r.confidence || a.tab - b.tab)
    .map(({ r }) => r);
}

function notFound(file: string, template: ReportTemplate, recognitions: readonly SheetRecognition[]): InputReason {
  const other = recognitions.find((r) => r.template && r.template.id !== template.id);
  if (other) return problem("consolidate.input.other-template", { file, sheet: other.sheet, other: other.template!.title, template: template.title });
  if (recognitions.length === 0) return problem("consolidate.input.no-sheets", { file });
  const closest = [...recognitions].sort((a, b) => b.confidence - a.confidence)[0];
  return problem("consolidate.input.not-recognised", { file, template: template.title, detail: closest.reason });
}

function reportDateOf(report: ExtractedReport, parses?: Map<ExtractedCell, PriorParse>): Date | undefined {
  const cell = report.header.reportDate;
  if (!cell) return undefined;
  const parsed = parseValue(cell.value, { kind: "date" });
  parses?.set(cell, parsed);
  return parsed.status === "date" ? parsed.value : undefined;
}

/**
 * One file: recognise the template's sheets, find each one's unit, read and account for every value.
 * A workbook may hold several units' forms (a neighbour's pasted in, a town's total and its villages'
 * sheets): each sheet that holds the template is read as the report of the unit its 填报单位 names, and
 * settleSheets decides which of them count. A file that cannot be read, or holds no sheet of the
 * template, comes back rejected with the reason.
 */
export function readInput(input: UnitInput, options: ReadInputOptions): InputOutcome[] {
  const { template } = options;
  if (isUnreadableInput(input)) {
    const base = emptyAccount(input.fileName, input.order ?? 0, input.sha256);
    const detail = "problem" in input.error ? input.error.problem : input.error.message;
    const reason = problem("consolidate.input.unreadable", { file: input.fileName, detail });
    return [{ kind: "rejected", account: { ...base, status: "rejected", reason } }];
  }
  const recognitions = recognizeTemplate(input.sheets, input.bindings ?? [], options.knownTemplates, { threshold: options.threshold, preferred: template });
  const chosen = pickSheets(recognitions, template.id);
  if (chosen.length === 0) {
    const base = emptyAccount(input.fileName, input.order ?? 0, input.sha256);
    return [{ kind: "rejected", account: { ...base, status: "rejected", reason: notFound(input.fileName, template, recognitions) } }];
  }
  // A further sheet counts only as a unit's own report: bound, or naming its 填报单位. A summary's other
  // sheets (分单位明细 of a ledger, say) or a stray copy without one cannot be told whose they are.
  // Indexed and sliced, not [first, ...others]: every file passes here, mostly before the code is optimised.
  const first = chosen[0];
  const others = chosen.slice(1);
  const attributable = others.filter((r) => r.how === "binding" || Boolean(r.report?.header.unit?.text?.trim()));
  const unattributed: InputOutcome[] = others
    .filter((r) => !attributable.includes(r))
    .map((r) => {
      const base = emptyAccount(input.fileName, input.order ?? 0, input.sha256);
      const reason = problem("consolidate.input.sheet-without-unit", { file: input.fileName, sheet: r.sheet, kept: first.sheet });
      return { kind: "rejected", account: { ...base, sheet: r.sheet, status: "rejected", reason }, severity: "hint" };
    });
  const sheets = [first, ...attributable];
  return [...settleSheets(sheets.map((sheet) => readSheet(input, sheet, options, sheets.length === 1))), ...unattributed];
}

/** One sheet of a file as a unit's report; refused when its 填报单位 and the file name name two units. */
function readSheet(input: ReadInput, chosen: SheetRecognition, options: ReadInputOptions, onlySheet: boolean): InputOutcome {
  const { template } = options;
  const base = emptyAccount(input.fileName, input.order ?? 0, input.sha256);
  const report = chosen.report!;
  // The cells' parses, for the audit to take rather than parse them again; a ledger's entries' values
  // in one array by entry and column, not an entry in a map for each.
  const parses = options.audit ? new Map<ExtractedCell, PriorParse>() : undefined;
  const priorEntries = options.audit && template.kind === "ledger" ? new Array<EntryPrior | undefined>(report.entries?.values.length ?? 0) : undefined;
  const reportDate = reportDateOf(report, parses);
  const period = report.header.period?.text || undefined;
  const titles = [template.title, ...(template.aliases ?? [])];
  const decision = options.unitDecisions?.[unitDecisionKey(input.fileName, chosen.sheet)];
  const identity = identifyUnit(report.header.unit?.text, input.fileName, titles, options.roster, onlySheet, decision);
  const year = reportDate?.getUTCFullYear();
  const reading =
    template.kind === "indicators"
      ? readIndicatorReport(template, report, year, parses)
      : readLedgerReport(template, report, { unit: identity.name, file: input.fileName }, year, priorEntries);

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
  if ("unlisted" in reading && reading.unlisted > 0) account.valuesUnlisted = reading.unlisted;
  setValues(account, reading.values);
  if (identity.conflict) {
    const cell = report.header.unit?.address ?? "";
    const reason = problem("consolidate.input.unit-conflict", { file: input.fileName, sheet: chosen.sheet, cell, written: identity.written, byHeader: identity.name, byFile: identity.conflict.byFile });
    return { kind: "rejected", account: { ...account, status: "rejected", reason }, cell };
  }
  const candidate: InputCandidate = {
    account,
    identity,
    figures: "figures" in reading ? reading.figures : {},
    ...("rows" in reading ? { ledgerRows: reading.rows } : {}),
    drafts: [...identity.findings, ...reading.findings],
    audited: options.audit?.(template, report, input.fileName, parses, priorEntries) ?? [],
  };
  return { kind: "candidate", candidate };
}
