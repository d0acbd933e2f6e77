import type { UnplacedReason } from "../extract";
import type { MessageCode, Problem } from "../locale";
import type { InvalidReason, ParseStep, Qualifier } from "../parse";
import type { RecognitionReason } from "../recognize";
import type { Aggregation, ReportTemplate, Severity, ValueKind } from "../template/types";
import type { FindingCode } from "../validate/finding";
import type { UnitMatchHow } from "./match-unit";
import type { LedgerRows } from "./ledger-rows";
import type { RosterUnit } from "./roster";

/**
 * What consolidating a set of units' files gives: the units counted and the ones missing, the
 * totals, the stacked ledger, and an account of every value of every file (accepted, converted or
 * rejected with a reason), so every figure of the summary can be traced back to a cell.
 */

/** What consolidation itself notices about a file: consolidate.finding.* messages. */
export type ConsolidationFindingCode = Extract<MessageCode, `consolidate.finding.${string}`>;

/**
 * A finding shown on the 审核情况 sheet, from consolidation itself or from the audit rules: a
 * problem (code and params, worded where it is shown) and where it is.
 */
export type ConsolidationFinding = Problem<ConsolidationFindingCode | FindingCode> & {
  severity: Severity;
  /** "consolidate" for what consolidation noticed, "validate" for the audit rules' findings. */
  source: "consolidate" | "validate";
  file?: string;
  unit?: string;
  sheet?: string;
  cell?: string;
  /** The indicator's (or column's) label, when the finding is about one. */
  indicator?: string;
};

/** How a value was read when not as typed: the parser's steps, or the sheet's unit of measure converted. */
export type ValueNote = ParseStep | Problem<"consolidate.value.sheet-unit-converted">;

/** Why a value was not counted. */
export type ValueReason = Problem<InvalidReason | "parse.placeholder" | "parse.nil" | Extract<MessageCode, `consolidate.value.${string}`>> | UnplacedReason;

/** Why a file was not used. */
export type InputReason = Problem<Extract<MessageCode, `consolidate.input.${string}`>>;

/** A value of a file that is not blank is accepted (maybe converted) or rejected; blanks are counted apart. */
export type ValueStatus = "accepted" | "rejected" | "blank";

export interface ValueAccount {
  sheet: string;
  /** A1 address of the value's cell. */
  cell: string;
  /** The indicator's or ledger column's key; absent for a label the template does not know. */
  key?: string;
  /** The template's label, or the sheet's own label when it matched nothing. */
  label: string;
  /** The text as the clerk sees it. */
  raw: string;
  status: ValueStatus;
  /** The accepted value, in the template's unit of measure. */
  value?: number | string | Date;
  /** An approximation the clerk wrote (300余 counts 300 and keeps 余 for the narrative). */
  qualifier?: string;
  /**
   * A conversion into the template's unit: from the sheet's 计量单位 (`from` is that unit, `original`
   * the figure in it), or by the parser reading 3.2万 or 2000元 (`from` is the text as typed).
   */
  converted?: { from: string; to: string; original?: number };
  /** How the value was read, when it was not as typed (按 3.2万 = 32000个 计); shared and frozen when empty. */
  notes: readonly ValueNote[];
  /** Why a value was rejected. */
  reason?: ValueReason;
}

export interface InputAccount {
  file: string;
  order: number;
  sha256?: string;
  /** Rejected: unreadable, no template recognised, another template, or superseded by the same unit's later file. */
  status: "accepted" | "rejected";
  reason?: InputReason;
  /** The unit as counted: its roster name, or the name as written for a unit outside the roster. */
  unit?: string;
  /** The name as found on the form (填报单位) or in the file name. */
  unitWritten?: string;
  unitSource?: "header" | "file-name";
  /**
   * How the name was found in the roster; "outside-roster" when it was not, "no-roster" without one,
   * "clerk-decided" when the form and the file name named two units and the consolidating clerk chose.
   */
  unitHow?: UnitMatchHow | "outside-roster" | "no-roster" | "clerk-decided";
  unitConfidence?: number;
  /** The template and how it was recognised. */
  template?: { id: string; title: string; how: "binding" | "content"; confidence: number; reason: RecognitionReason };
  sheet?: string;
  period?: string;
  reportDate?: Date;
  /** Non-blank values read: valuesRead = valuesAccepted + valuesRejected. */
  valuesRead: number;
  valuesAccepted: number;
  /** Accepted values that were converted from another unit of measure (a part of valuesAccepted). */
  valuesConverted: number;
  valuesRejected: number;
  /** Cells left blank: not reported, neither accepted nor rejected. */
  valuesBlank: number;
  /**
   * Every value of an indicator sheet; of a ledger, those with something to say of them (rejected,
   * converted, read with a note): its values read as typed are counted in `valuesUnlisted` alone.
   */
  values: ValueAccount[];
  /**
   * A ledger's values read as typed, not listed one by one (the stacked rows hold them, with file,
   * sheet and row): counted as accepted in a file used, as rejected in a file not used.
   */
  valuesUnlisted?: number;
  /** Template keys (indicators or ledger columns) not found on the sheet. */
  missing: string[];
  findings: ConsolidationFinding[];
}

/** One accepted figure of a unit, in the template's unit of measure. */
export interface UnitFigure {
  value: number | string | Date;
  qualifier?: string;
  cell: string;
  /** The unit's rate recomputed from its own parts, not as typed. */
  recomputed?: boolean;
}

/** A unit counted in the summary: the one file kept for it. */
export interface UnitReport {
  name: string;
  /** The roster's entry; absent for a unit outside the roster or when there is no roster. */
  rosterUnit?: RosterUnit;
  file: string;
  sheet: string;
  figures: Record<string, UnitFigure>;
  /** Every figure reported is an explicit 0: a 零报告, which is not a missing report. */
  zeroReport: boolean;
  ledgerRows: number;
  period?: string;
  reportDate?: Date;
}

export interface IndicatorTotal {
  key: string;
  /** "section·label" where the label repeats across sections (企业总数 under each class). */
  name: string;
  label: string;
  sectionTitle?: string;
  unit?: string;
  kind: ValueKind;
  aggregate: Aggregation;
  /** The total; absent when no unit reported a figure, or a rate's denominator sums to 0. */
  value?: number;
  /** Units whose figure went into the total. */
  unitCount: number;
  /** A figure that went in carried a qualifier (300余), so the total is approximate. */
  approximate: boolean;
  /**
   * The hedge the total carries, for a sum, max or min of hedged figures: 余 for 300余 + 200 (see
   * combineQualifiers); absent for an exact total, and for a rate (recomputed, never hedged).
   */
  qualifier?: Qualifier;
  /** For max and min: the unit that holds it. */
  heldBy?: string;
  /**
   * Units taken into the summary whose figure for this value was not counted — refused (a placeholder,
   * text, a figure the audit found wrong) or not on their sheet at all (a row or column their form
   * lacks): the total leaves them out, and says so (汇总表's 备注). For sums, maxima and minima of the
   * units' own figures; a rate or a 合计 row is as complete as the values it is made of.
   */
  uncounted?: string[];
  /** For text kept per unit: each unit's text. */
  perUnit?: Array<{ unit: string; text: string }>;
}

export interface LedgerSummary {
  /**
   * The units' rows stacked in unit order: each unit's rows packed (see LedgerRows), not an object per
   * row and per cell; read them with ledgerCell / cellValue, or by place in their arrays.
   */
  stacked: LedgerRows[];
  /** How many rows are stacked, all units' together. */
  rowCount: number;
  /** Rows by status option; rows whose status is blank or not an option count under `unknownStatus`. */
  statusCounts: Record<string, number>;
  unknownStatus: number;
  /** Rows whose status is one of the template's done values. */
  done: number;
  /** Sums of the ledger's numeric columns, by key. */
  columnTotals: Record<string, number>;
}

export interface DuplicateSubmission {
  unit: string;
  kept: string;
  dropped: string[];
  /** What decided: the later 报出日期, or the later file. */
  rule: "report-date" | "order";
}

export interface ConsolidationResult {
  template: ReportTemplate;
  /** The 报告期 most units state. */
  period?: string;
  /** Units counted, in roster order, then units outside the roster by name. */
  units: UnitReport[];
  /** Roster units with no accepted file (未报); a unit in its 上级单位's summary is not one. */
  missing: RosterUnit[];
  /** Roster units not reported on their own whose figures are in an upper level's summary (村 in 镇). */
  covered?: Array<{ unit: string; by: string }>;
  duplicates: DuplicateSubmission[];
  /** Units counted whose every figure is 0 (零报告), by name. */
  zeroReports: string[];
  /** Units counted that the roster does not list, by name. */
  outsideRoster: string[];
  /** Every file, accepted or not, by file name. */
  inputs: InputAccount[];
  /** Indicator tables: one total per indicator, in form order. */
  totals: IndicatorTotal[];
  ledger?: LedgerSummary;
  /** Everything for the 审核情况 sheet, in unit order. */
  findings: ConsolidationFinding[];
  hasRoster: boolean;
}
