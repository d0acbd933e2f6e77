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
  /**
   * The unit the measure word stands for, where a row's values are in several units (个体工商户's 企业总数
   * in 家 is told in 户, its 员工总数 in 人 stays 人).
   */
  measureFor?: string;
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

/**
 * A row of the 主栏. In a one-column table (and in an indicator list with 本期 | 累计 columns) the row
 * says what its values are: kind, unit, aggregation. In a grid of categories × measures the columns say
 * it, and a row has only its key, label and aliases (kind and aggregate are then left out).
 */
export interface Indicator {
  /** Stable identifier, unique within the template (ASCII, e.g. "masks"). */
  key: string;
  /** The label as printed on the form (without "其中：" — the layout adds it to children). */
  label: string;
  /** Unit of measure (计量单位), e.g. 万只; empty for dates and text. */
  unit?: string;
  /** Absent on a row of a grid whose columns say what their values are. */
  kind?: ValueKind;
  /** Decimal places shown and allowed; defaults by kind (integer 0, money 2, percent 1, decimal 2). */
  decimals?: number;
  required?: boolean;
  min?: number;
  max?: number;
  /** The allowed values of an enum. */
  options?: string[];
  /** A rate computed from two other indicators (复工率 = 已复工 ÷ 企业总数). */
  formula?: RateFormula;
  /** Absent on a row of a grid whose columns say how their values combine. */
  aggregate?: Aggregation;
  /** Other labels the same indicator goes by in units' own forms. */
  aliases?: string[];
  /** A scope note (口径说明), e.g. 含已收货未支付款项. */
  scopeNote?: string;
  /**
   * A cumulative (累计) figure: must not fall against the unit's previous submission. In a table whose
   * columns have roles, the 累计 column's values are cumulative unless the row says false (a stock).
   */
  cumulative?: boolean;
  /** Relative change against the previous submission beyond which a 说明 is needed (0.5 = 50%). */
  changeThreshold?: number;
  /** How `children` relate to this total; required when there are children. */
  breakdown?: BreakdownKind;
  /** The 其中 children. */
  children?: Indicator[];
  /** How the narrative names and writes this indicator. */
  narrative?: IndicatorNarrative;
  /**
   * The value columns this row is filled in, when not all (库存 has a 累计 figure, no 本期新增): the
   * others print — and take nothing.
   */
  columns?: string[];
  /** A value of a column with a role (本期 / 累计 / 上年同期 …); set on the values of a table's cells. */
  role?: ColumnRole;
  /** A change computed from two values of the row (同比增减): set on the values of a table's cells. */
  change?: ChangeFormula;
  /** A value of the 合计 row (Σ of the rows in its column): set on the values of a table's cells. */
  isTotal?: boolean;
}

/**
 * One value of an indicator table as the audit, consolidation and the narrative see it: the indicator
 * itself in a one-column table, a row × column of a table of several (see table-cells.ts). Kind and
 * aggregation are always known here.
 */
export interface TableValue extends Indicator {
  kind: ValueKind;
  aggregate: Aggregation;
  children?: TableValue[];
}

/**
 * A change between two values of one row, keyed as values: (current − base) ÷ base × scale, or for a
 * rate the difference in 个百分点 (`points`).
 */
export interface ChangeFormula {
  current: string;
  base: string;
  scale: number;
  points?: boolean;
}

/** A group of indicators under a heading (一、消杀类). A section without a title is a plain run. */
export interface IndicatorSection {
  title?: string;
  /** Other headings the same group goes by in units' own forms (建筑业 for 建筑项目). */
  aliases?: string[];
  indicators: Indicator[];
}

/**
 * The part a value column plays, which the audit and the narrative understand: 本期 (the period's own
 * figure), 累计 (since a start: must not be below 本期, must not fall between submissions), 上年同期 (the
 * same period a year before: the narrative's 同比), 上期 (the period before: 环比), and a 同比/环比 change
 * computed from two of the others.
 */
export type ColumnRole = "current" | "cumulative" | "previous-year" | "previous" | "change";

/**
 * A value computed across the columns of one row: a ratio (复工率 = 已复工 ÷ 企业总数 × 100) or a change
 * ((本期 − 上年同期) ÷ 上年同期 × 100). Operands are column keys.
 */
export type ColumnFormula =
  | { type: "ratio"; numerator: string; denominator: string; scale: number }
  | { type: "change"; current: string; base: string; scale: number };

/**
 * A value column of the 宾栏. Where the column states kind, unit, decimals, aggregation or bounds, they
 * hold for its every cell (a grid of categories × measures: 企业总数 in 家, 复工率 in %); where it does
 * not, each row's own hold (an indicator list with 本期 | 累计 | 上年同期: the unit is the row's).
 */
export interface ValueColumn {
  /** Stable identifier, unique among the columns (ASCII). */
  key: string;
  /** The head as printed (本期数, 企业总数). */
  label: string;
  /** A group head printed above this and its neighbours in a two-row head (企业复工情况). */
  group?: string;
  /** Other heads the same column goes by in units' own forms (本月 for 本期数). */
  aliases?: string[];
  role?: ColumnRole;
  kind?: ValueKind;
  /** Unit of measure for the whole column, shown in the head: 企业总数（家）. */
  unit?: string;
  decimals?: number;
  aggregate?: Aggregation;
  required?: boolean;
  min?: number;
  max?: number;
  formula?: ColumnFormula;
  /** Relative change against 上年同期 beyond which a 说明 is needed (0.5 = 50%); on a previous-year column. */
  changeThreshold?: number;
  /** Column width in characters. */
  width?: number;
}

/** The 合计 row of a table of categories: Σ of the rows, rates recomputed from the summed parts. */
export interface TotalRow {
  /** Key of the row (default "total"); its cells are keyed like any row's. */
  key?: string;
  label: string;
  aliases?: string[];
  /** Where the form prints it: above the categories (the common Chinese layout) or below. */
  position?: "first" | "last";
}

/** Where an earlier version's values go in this one: old key → new (cell) key. */
export interface TemplateMigration {
  from: string;
  keys: Record<string, string>;
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

/**
 * An indicator table: a 主栏 of rows (indicators with their 其中 tree, in sections; or a flat list of
 * categories) against a 宾栏 of value columns. Without `columns` the table has one value column (数值),
 * as every form of version 1 had, and a cell is keyed by its row's key; with two or more, a cell is
 * keyed `row.column` (see template-cells.ts).
 */
export interface IndicatorTemplate extends TemplateBase {
  kind: "indicators";
  sections: IndicatorSection[];
  /** The 主栏's head (指标名称; 企业类别). */
  stubHead?: string;
  /** The 宾栏: the value columns, in form order. */
  columns?: ValueColumn[];
  /** Whether the form has a 计量单位 column (per-row units); by default when some row states a unit and some column takes it. */
  unitColumn?: boolean;
  totalRow?: TotalRow;
  /** The column 分单位明细 shows and the narrative reads by default (the 本期 one, else the first). */
  mainColumn?: string;
  /**
   * The indicators (rows, by key) clerks compare units by: 分单位明细 shows them first, on its first
   * printed page, and the rest after them. The form's order by default.
   */
  keyIndicators?: string[];
  migrations?: TemplateMigration[];
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
