import type { ExtractedCell, ExtractedReport } from "../extract";
import { problem, type Problem } from "../locale";
import { BUILTIN_TEMPLATES } from "../template/builtin";
import type { ReportTemplate, Severity } from "../template/types";
import type { FindingCode } from "../validate/finding";
import type { EntryPrior, PriorParse } from "../validate/read-report";
import type { ConsolidationFinding, ConsolidationResult, DuplicateSubmission, InputAccount, InputReason, UnitReport } from "./consolidation-result";
import { rosterPlaces, type Roster, type RosterUnit } from "./roster";
import { accountedUnits, rosterLevels } from "./roster-levels";
import { withoutRefusedValues } from "./_lib/refuse-error-values";
import type { UnitInput } from "./unit-input";
import type { UnitDecisions } from "./unit-decision";
import { aggregateIndicators } from "./_lib/aggregate-indicators";
import { withUncountedUnits } from "./_lib/uncounted-units";
import { compareUnitNames } from "./compare-unit-names";
import { chooseLatest } from "./_lib/choose-latest";
import type { FindingDraft } from "./_lib/finding-draft";
import { withValues } from "./_lib/account-counts";
import type { InputCandidate } from "./_lib/read-input";
import { createFileReader, type FileReading, type InputKey } from "./file-reader";
import { summarizeLedger } from "./_lib/summarize-ledger";
import { ledgerRowCount } from "./ledger-rows";

/** A finding of the audit rules, as consolidation carries it into 审核情况. */
export type ValidationFindingLike = Problem<FindingCode> & {
  severity: Severity;
  sheet?: string;
  cell?: string;
  indicator?: string;
};

/**
 * The audit rules as consolidation runs them, on each sheet it reads as a unit's report: `parsed` holds
 * the cells consolidation parsed against the same fields, for the audit to take rather than parse again,
 * and `entries` what each of a ledger's cells read as (by entry × column count + column).
 */
export type ConsolidationAudit = (
  template: ReportTemplate,
  report: ExtractedReport,
  file: string,
  parsed?: ReadonlyMap<ExtractedCell, PriorParse>,
  entries?: readonly (EntryPrior | undefined)[],
) => readonly ValidationFindingLike[];

export interface ConsolidateOptions {
  template: ReportTemplate;
  roster?: Roster;
  /** Templates a file may turn out to hold, to say "this is another form" rather than "not recognised"; the built-ins by default. */
  knownTemplates?: readonly ReportTemplate[];
  /** The audit rules, run on each sheet as it is read; the findings of the files counted go to 审核情况. */
  validate?: ConsolidationAudit;
  /** A unit the roster does not list is counted and flagged ("include", the default) or not counted ("exclude"). */
  outsideRoster?: "include" | "exclude";
  /** Confidence below which a sheet is not taken for the template (see recognizeTemplate). */
  recognitionThreshold?: number;
  /** The clerk's answers for sheets whose 填报单位 and file name name two units; without one such a sheet is kept apart. */
  unitDecisions?: UnitDecisions;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, file: string) => void;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Files in a fixed order, whatever order they were passed in. */
function compareInputs(a: InputKey, b: InputKey): number {
  return (a.order ?? 0) - (b.order ?? 0) || compareText(a.fileName, b.fileName) || compareText(a.sha256 ?? "", b.sha256 ?? "");
}

/**
 * A finding with the file (and unit) it is in. Copied key by key, in the draft's order, then source, file
 * and unit, as a spread would: the audit of 500 tables gives thousands of findings, and a spread of each
 * went through V8's slow generic copy.
 */
function placed(draft: FindingDraft | ValidationFindingLike, account: InputAccount, source: ConsolidationFinding["source"] = "consolidate"): ConsolidationFinding {
  const out: Record<string, unknown> = {};
  for (const key in draft) out[key] = draft[key as keyof typeof draft];
  out.source = source;
  out.file = account.file;
  if (account.unit) out.unit = account.unit;
  return out as ConsolidationFinding;
}

/** Consolidation's own notes on a file, less those on a cell the audit speaks of (its words are the more specific). */
function ownNotes(drafts: readonly FindingDraft[], validated: readonly ConsolidationFinding[]): readonly FindingDraft[] {
  // None on a cell (a ledger's file seldom has any note of its own): the audit's findings, 137 a file, need no key.
  if (!drafts.some((d) => d.cell)) return drafts;
  const audited = new Set(validated.map((f) => `${f.sheet}!${f.cell}`));
  return drafts.filter((d) => !(d.cell && audited.has(`${d.sheet}!${d.cell}`)));
}

/** A file not used: every value it had is rejected for that reason, and the file is listed with it. */
function rejectAccount(account: InputAccount, reason: InputReason, severity: Severity, cell?: string): InputAccount {
  const because = problem("consolidate.value.input-rejected", { reason });
  const values = account.values.map((v) => {
    if (v.status === "blank") return v;
    // A value not used was not converted into anything either.
    const { converted: _unused, ...rest } = v;
    return { ...rest, status: "rejected" as const, reason: because };
  });
  const finding: ConsolidationFinding = {
    ...problem("consolidate.finding.file-rejected", { reason }),
    severity,
    source: "consolidate",
    file: account.file,
    ...(account.unit ? { unit: account.unit } : {}),
    ...(account.sheet ? { sheet: account.sheet } : {}),
    ...(cell ? { cell } : {}),
  };
  return { ...withValues({ ...account, status: "rejected", reason }, values), findings: [finding] };
}

function isZeroReport(candidate: InputCandidate, template: ReportTemplate): boolean {
  if (template.kind === "ledger") return ledgerRowCount(candidate.ledgerRows) === 0;
  // Some number accepted, every number accepted a 0, nothing rejected.
  let numbers = 0;
  for (const v of candidate.account.values) {
    if (v.status === "rejected") return false;
    if (v.status !== "accepted" || typeof v.value !== "number") continue;
    if (v.value !== 0) return false;
    numbers++;
  }
  return numbers > 0;
}

/** The 报告期 most units state (the first in text order among equally common ones). */
function commonPeriod(units: readonly InputCandidate[]): string | undefined {
  const counts = new Map<string, number>();
  for (const u of units) if (u.account.period) counts.set(u.account.period, (counts.get(u.account.period) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
}

/**
 * Consolidate the units' files against a template: recognise each file's sheet, find its unit in
 * the roster, read every value (accepted, converted or rejected with the reason; blanks counted
 * apart), keep one file per unit (the later 报出日期, else the later `order`), aggregate by each
 * indicator's rule or stack the ledgers, and tell who is missing, who sent a zero report and who
 * is not on the roster. The result depends on the files and options only, not on their order.
 */
export function consolidate(inputs: readonly UnitInput[], options: ConsolidateOptions): ConsolidationResult {
  const run = new ConsolidationRun(options);
  const sorted = [...inputs].sort(compareInputs);
  sorted.forEach((input, i) => {
    run.add(input);
    options.onProgress?.(i + 1, sorted.length, input.fileName);
  });
  return run.finish();
}

/**
 * A consolidation fed one file at a time, as consolidate() is: each file is read against the template
 * when it is added, so its cells can be let go before the next is read (hundreds of files never sit
 * in memory together), and finish() does what needs them all. Files may be added in any order; the
 * result is consolidate()'s for the same files. A file read elsewhere (createFileReader, on another
 * thread) is taken as read, its roster units being this run's roster's own.
 */
export class ConsolidationRun {
  private readonly readings: FileReading[] = [];
  private readonly read: (input: UnitInput) => FileReading;

  constructor(private readonly options: ConsolidateOptions) {
    this.read = createFileReader({ ...options, knownTemplates: options.knownTemplates ?? BUILTIN_TEMPLATES });
  }

  add(input: UnitInput): void {
    this.options.signal?.throwIfAborted();
    this.take(this.read(input));
  }

  /** A file read by createFileReader with this run's options. */
  take(reading: FileReading): void {
    this.readings.push(reading);
  }

  finish(): ConsolidationResult {
    return combine(this.readings.sort((a, b) => compareInputs(a.key, b.key)), this.options);
  }
}

/** Everything after reading, over the files' outcomes in their fixed order. */
function combine(files: readonly FileReading[], options: ConsolidateOptions): ConsolidationResult {
  const { template, roster } = options;
  const rejected: InputAccount[] = [];
  const candidates: InputCandidate[] = [];
  for (const { key, outcome } of files.flatMap(({ key, outcomes }) => outcomes.map((outcome) => ({ key, outcome })))) {
    if (outcome.kind === "rejected") rejected.push(rejectAccount(outcome.account, outcome.account.reason!, outcome.severity ?? "error", outcome.cell));
    else if (options.outsideRoster === "exclude" && outcome.candidate.identity.how === "outside-roster") {
      const reason = problem("consolidate.input.outside-roster", { file: key.fileName, unit: outcome.candidate.identity.name });
      rejected.push(rejectAccount(outcome.candidate.account, reason, "error"));
    } else candidates.push(outcome.candidate);
  }

  // One file per unit.
  const groups = new Map<string, InputCandidate[]>();
  for (const c of candidates) {
    const group = groups.get(c.identity.key);
    if (group) group.push(c);
    else groups.set(c.identity.key, [c]);
  }
  const kept: InputCandidate[] = [];
  const duplicates: DuplicateSubmission[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      kept.push(group[0]);
      continue;
    }
    const choice = chooseLatest(group.map((c) => ({ file: c.account.file, order: c.account.order, sha256: c.account.sha256, reportDate: c.account.reportDate, c })));
    const unit = choice.kept.c.identity.name;
    const dropped = choice.dropped.map((d) => d.file);
    duplicates.push({ unit, kept: choice.kept.file, dropped, rule: choice.rule });
    const notice = problem("consolidate.finding.duplicate", { unit, kept: choice.kept.file, dropped: dropped.join("、"), rule: choice.rule });
    kept.push({ ...choice.kept.c, drafts: [...choice.kept.c.drafts, { ...notice, severity: "hint" }] });
    for (const d of choice.dropped) {
      const reason = problem("consolidate.input.superseded", { file: d.file, unit, kept: choice.kept.file, rule: choice.rule });
      rejected.push(rejectAccount(d.c.account, reason, "hint"));
    }
  }

  // A unit whose 上级单位's summary is counted is in it already: listed, not added again.
  const levels = roster ? rosterLevels(roster) : undefined;
  if (levels?.hasLevels) {
    const byUnit = new Map(kept.flatMap((c) => (c.identity.rosterUnit ? [[c.identity.rosterUnit, c] as const] : [])));
    for (const c of [...kept]) {
      const parent = c.identity.rosterUnit && levels.ancestors(c.identity.rosterUnit).find((u) => byUnit.has(u));
      if (!parent) continue;
      kept.splice(kept.indexOf(c), 1);
      const params = { file: c.account.file, sheet: c.account.sheet ?? "", unit: c.identity.name, parent: parent.name, parentFile: byUnit.get(parent)!.account.file };
      rejected.push(rejectAccount(c.account, problem("consolidate.input.covered-by-parent", params), "hint"));
    }
  }

  // Units in roster order, then the others by name as a clerk counts them (第2社区 before 第10社区).
  // Each unit's place looked up, not searched for at every comparison of the sort (2,000 units' files).
  const places = rosterPlaces(roster);
  const rosterIndex = (c: InputCandidate) => (c.identity.rosterUnit && roster ? (places.get(c.identity.rosterUnit) ?? -1) : Infinity);
  kept.sort((a, b) => rosterIndex(a) - rosterIndex(b) || compareUnitNames(a.identity.name, b.identity.name) || compareText(a.account.file, b.account.file));
  const period = commonPeriod(kept);

  const accepted: InputAccount[] = kept.map((c) => {
    const drafts = [...c.drafts];
    const validated = c.audited.map((f) => placed(f, c.account, "validate"));
    // A value the audit finds wrong (错误) is not counted: its figure goes, with the finding as the reason.
    const refused = withoutRefusedValues(template, c.account, c.figures, validated);
    c.account = refused.account;
    c.figures = refused.figures;
    if (period && c.account.period && c.account.period !== period) {
      drafts.push({ ...problem("consolidate.finding.period-differs", { period: c.account.period, majority: period }), severity: "verify" });
    }
    if (template.kind === "indicators" && c.account.valuesRead === 0) {
      drafts.push({ ...problem("consolidate.finding.nothing-reported"), severity: "verify" });
    }
    const own = ownNotes(drafts, validated);
    return { ...c.account, findings: [...own.map((d) => placed(d, c.account)), ...validated] };
  });

  const units: UnitReport[] = kept.map((c) => ({
    name: c.identity.name,
    ...(c.identity.rosterUnit ? { rosterUnit: c.identity.rosterUnit } : {}),
    file: c.account.file,
    sheet: c.account.sheet!,
    figures: c.figures,
    zeroReport: isZeroReport(c, template),
    ledgerRows: ledgerRowCount(c.ledgerRows),
    ...(c.account.period ? { period: c.account.period } : {}),
    ...(c.account.reportDate ? { reportDate: c.account.reportDate } : {}),
  }));
  const stacked = kept.flatMap((c) => (c.ledgerRows ? [c.ledgerRows] : []));
  const received = new Set(kept.map((c) => c.identity.rosterUnit).filter((u) => u !== undefined));
  const accounted = roster ? accountedUnits(roster, received) : new Map<RosterUnit, RosterUnit>();
  const byFile = (a: InputAccount, b: InputAccount) => compareText(a.file, b.file) || a.order - b.order;

  return {
    template,
    ...(period ? { period } : {}),
    units,
    missing: roster ? roster.units.filter((u) => !accounted.has(u)) : [],
    covered: [...accounted].filter(([unit, by]) => unit !== by).map(([unit, by]) => ({ unit: unit.name, by: by.name })),
    duplicates: duplicates.sort((a, b) => compareUnitNames(a.unit, b.unit)),
    zeroReports: units.filter((u) => u.zeroReport).map((u) => u.name),
    outsideRoster: roster ? kept.filter((c) => c.identity.how === "outside-roster").map((c) => c.identity.name) : [],
    inputs: [...accepted, ...rejected].sort(byFile),
    totals:
      template.kind === "indicators"
        ? withUncountedUnits(
            template,
            aggregateIndicators(template, units),
            kept.map((c) => ({ name: c.identity.name, values: c.account.values })),
          )
        : [],
    ...(template.kind === "ledger" ? { ledger: summarizeLedger(template, stacked) } : {}),
    findings: [...accepted.flatMap((a) => a.findings), ...[...rejected].sort(byFile).flatMap((r) => r.findings)],
    hasRoster: roster !== undefined,
  };
}
