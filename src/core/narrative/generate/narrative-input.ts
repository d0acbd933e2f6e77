import type { Qualifier } from "../../parse/qualifiers";
import type { ReportTemplate } from "../../template/types";
import type { DateLike } from "../format/calendar-date";

/**
 * What the narrative (综述) is written from: the template, the summary's totals and who reported.
 * Its own shape, so the narrative can be written from a consolidation, from one unit's form, or
 * from figures typed in the pane (see narrativeInputFromConsolidation).
 */
export interface NarrativeInput {
  template: ReportTemplate;
  /** 辖区, as it opens a sentence: 全县, 全区, 全镇. */
  region?: string;
  /** The cut-off (截至2023年2月20日24时): the day, with the hour when the report states one. */
  cutoff?: NarrativeCutoff;
  /** The 报告期 as written, for a period report: 2023年上半年. */
  period?: string;
  units?: UnitsReported;
  /** Totals by indicator (or ledger column) key, in the template's unit of measure. */
  totals: Readonly<Record<string, NarrativeTotal | undefined>>;
  /** The previous summary's totals by key, for 同比增长… / 环比下降… / 比上期…. */
  previous?: Readonly<Record<string, number | undefined>>;
  /**
   * The previous summary's period as written (2022年上半年, 2023年2月19日24时): against `period`, it
   * decides whether a change is 同比, 环比 or 比上期.
   */
  previousPeriod?: string;
  /** Each unit's own figures, for ranks (排名前三) and counts below a threshold (不足80%的有3个). */
  perUnit?: readonly UnitFigures[];
  /** The state of a ledger (整改台账), for 三方面17项43个问题…已完成整改35个. */
  ledger?: LedgerState;
}

export interface NarrativeCutoff {
  date: DateLike;
  /** 24 for the end of the day; without it a Date's own time is used (see formatCutoff). */
  hour?: number;
  minute?: number;
}

/** A total with the approximation word it carries (a unit wrote 300余, so the total is 300余 too). */
export interface NarrativeTotal {
  value: number;
  qualifier?: Qualifier;
}

export interface UnitsReported {
  /** How many units were expected to report (the roster's size). */
  expected: number;
  /** Units whose report was counted, in roster order. */
  received: readonly string[];
  /** Units expected that did not report (未报). */
  missing: readonly string[];
  /** Units that reported nothing but zeros (零报告): they did report. */
  zeroReports: readonly string[];
}

export interface UnitFigures {
  unit: string;
  values: Readonly<Record<string, number | undefined>>;
}

export interface LedgerState {
  /** How many 方面, 项 and 问题 the ledger holds (三方面17项43个问题). */
  aspects: number;
  items: number;
  problems: number;
  /** Rows by status option (已完成, 立行立改, 持续推进, 未启动). */
  byStatus: Readonly<Record<string, number>>;
  /** Problems whose status is one of the template's done values. */
  done: number;
  /** Problems being worked on (持续推进…), neither done nor not started. */
  inProgress: number;
}
