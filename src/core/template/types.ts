/**
 * The report template (表式) model. A template is data: it is read from JSON, checked by
 * `templateSchema`, and drives the sheet layout, the task-pane form, validation, consolidation
 * and the narrative. Keys are stable ASCII identifiers; labels are the clerks' own words.
 */

/** What a value is. Drives parsing, number formats, Excel data validation and aggregation. */
export type ValueKind =
  | "integer" // counts: 人, 个, 家, 次
  | "decimal" // quantities with decimals: 吨, 万只
  | "money" // 元 / 万元 / 亿元, two decimals unless stated
  | "percent" // 0–100 unless min/max say otherwise
  | "date"
  | "datetime" // 截至 2月20日24时
  | "text"
  | "enum"; // one of `options`

/** How an indicator is combined across units when consolidating. */
export type Aggregation = "sum" | "max" | "min" | "recompute" | "keep-per-unit";

/**
 * How a total's 其中 children relate to it (domain.md §2):
 * - `complete`: the parts add up to the total (92 = 3 + 33 + 56);
 * - `exclusive`: the parts cannot overlap, so together they are at most the total (中央级/省级/市级/县级
 *   articles: past the total is an error);
 * - `overlapping`: the parts may overlap (党员 and 女性 among 志愿者): only each part is at most the total;
 * - `partial`: what templates of version 1.0.0 say, not telling whether the parts overlap: each part at
 *   most the total, and a sum past it asks for a check. Still read, so stored templates load as they did.
 */
export type BreakdownKind = "complete" | "exclusive" | "overlapping" | "partial";

/**
 * How the narrative (综述) writes counts and quantities (domain.md §6): exact figures below `exactBelow`
 * in full (13500人次), larger ones in 万/亿 with `decimals` decimals and a hedge for the digits dropped
 * (18.3万余次, 近15万人次). A template sets it for all its figures; an indicator may override it. Money
 * keeps its own rule (元 below 1万元, else 万元/亿元 with two decimals).
 */
export interface NumberStyle {
  /** Figures below this are written in full; default 100000 (10万). */
  exactBelow?: number;
  /** Decimals of a figure written in 万/亿 (default 1). */
  decimals?: number;
  /** The hedge of a figure rounded down: 余 (default) or 多; one rounded up is 近. */
  roundedDown?: "余" | "多";
}

/**
 * Narrative options of an indicator: the words a sentence needs where the form's own do not read well.
 * Kept apart from the form's fields, as they shape the 综述 only.
 */
export interface IndicatorNarrative {
  /** The name in a sentence: a part named without its total's word (镇街 for 镇街摸排 under 摸排人员). */
  name?: string;
  /** The measure word in a sentence where it differs from the form's unit (户 for 个体工商户 counted in 家). */
  measure?: string;
  numberStyle?: NumberStyle;
}

/** Narrative options of a template (domain.md §6). */
export interface TemplateNarrative {
  numberStyle?: NumberStyle;
  /**
   * Changes smaller than these are 基本持平: `relative` in percent of the earlier figure (counts, sums;
   * default 1), `points` in percentage points (rates; default 0.5).
   */
  flatBelow?: { relative?: number; points?: number };
}

/** A computed rate: value = numerator ÷ denominator × scale (scale 100 for a percentage). */
export interface RateFormula {
  numerator: string;
  denominator: string;
  scale: number;
}

export interface Indicator {
  /** Stable identifier, unique within the template (ASCII, e.g. "masks"). */
  key: string;
  /** The label as printed on the form (without "其中：" — the layout adds it to children). */
  label: string;
  /** Unit of measure (计量单位), e.g. 万只; empty for dates and text. */
  unit?: string;
  kind: ValueKind;
  /** Decimal places shown and allowed; defaults by kind (integer 0, money 2, percent 1, decimal 2). */
  decimals?: number;
  required?: boolean;
  min?: number;
  max?: number;
  /** The allowed values of an enum. */
  options?: string[];
  /** A rate computed from two other indicators (复工率 = 已复工 ÷ 企业总数). */
  formula?: RateFormula;
  aggregate: Aggregation;
  /** Other labels the same indicator goes by in units' own forms. */
  aliases?: string[];
  /** A scope note (口径说明), e.g. 含已收货未支付款项. */
  scopeNote?: string;
  /** A cumulative (累计) figure: must not fall against the unit's previous submission. */
  cumulative?: boolean;
  /** Relative change against the previous submission beyond which a 说明 is needed (0.5 = 50%). */
  changeThreshold?: number;
  /** How `children` relate to this total; required when there are children. */
  breakdown?: BreakdownKind;
  /** The 其中 children. */
  children?: Indicator[];
  /** How the narrative names and writes this indicator. */
  narrative?: IndicatorNarrative;
}

/** A group of indicators under a heading (一、消杀类). A section without a title is a plain run. */
export interface IndicatorSection {
  title?: string;
  indicators: Indicator[];
}

export interface LedgerColumn {
  key: string;
  label: string;
  kind: ValueKind;
  unit?: string;
  decimals?: number;
  required?: boolean;
  min?: number;
  max?: number;
  options?: string[];
  aliases?: string[];
  /** Column width in characters (a sensible default follows the kind). */
  width?: number;
  /**
   * How consolidation totals a numeric column: "sum" (the default) or "none" for numbers that only
   * name or order the rows, such as 问题序号, whose sum means nothing.
   */
  aggregate?: "sum" | "none";
}

/** What marks a ledger row as done, so "已完成 rows carry a 完成日期" can be checked and counted. */
export interface LedgerStatus {
  column: string;
  doneValues: string[];
  /** The column holding the completion date, required on done rows. */
  doneDateColumn?: string;
}

/** Comparison operators the template may declare between two indicators or columns. */
export type ComparisonOperator = "<=" | "<" | ">=" | ">" | "==";

export type Severity = "error" | "verify" | "hint";

/** A declared comparison: left op right (已复工 ≤ 企业总数; 完成日期 ≤ 报出日期). */
export interface Comparison {
  left: string;
  op: ComparisonOperator;
  right: string;
  severity: Severity;
}

/** A rule written by the template's author as an expression over indicator keys. */
export interface ExpressionRule {
  id: string;
  /** e.g. "adopted <= submitted" — evaluated by a safe parser, never eval. */
  expression: string;
  severity: Severity;
  /** Chinese message shown when the expression is false. */
  message: string;
}

/** How the period is stated: a reporting period (报告期) or a cut-off time (截至时间). */
export type PeriodKind = "period" | "as-of";

interface TemplateBase {
  id: string;
  /** Template version, "1.0.0"; travels into the workbook with the template. */
  version: string;
  /** 表名 */
  title: string;
  /** 表号 */
  tableNo?: string;
  /** 制表机关 */
  issuer?: string;
  periodKind: PeriodKind;
  /** A table-wide unit of measure printed in the header block, when one applies. */
  tableUnit?: string;
  /** Other titles the same form goes by (for recognising a unit's workbook). */
  aliases?: string[];
  comparisons?: Comparison[];
  rules?: ExpressionRule[];
  description?: string;
  /** How the narrative writes this template's figures and changes. */
  narrative?: TemplateNarrative;
}

export interface IndicatorTemplate extends TemplateBase {
  kind: "indicators";
  sections: IndicatorSection[];
}

export interface LedgerTemplate extends TemplateBase {
  kind: "ledger";
  columns: LedgerColumn[];
  status?: LedgerStatus;
  /** Columns whose values together identify a row, for the duplicate-row check. */
  identityColumns?: string[];
  /** Blank rows laid out for entry when the sheet is created. */
  initialRows?: number;
}

export type ReportTemplate = IndicatorTemplate | LedgerTemplate;
