/**
 * The narrative (综述) as data (design.md principle 6, after AntV T8): generators return sections of
 * sentences of phrases; the task pane, the cell text and the command line each render the same spec.
 * Figures are entity phrases carrying their display text beside the raw number, so a renderer can
 * highlight or link a figure but never reformats it.
 */

export interface NarrativeSpec {
  sections: Section[];
}

export interface Section {
  /**
   * A run-in heading written before the section's sentences (物资保障方面。 / 主要开展了以下工作：).
   * It ends the way it is given; without final punctuation the renderers add 。.
   */
  title?: string;
  /**
   * `enumerated`: the sentences are the groups of 一是…；二是…；三是…。 (domain.md §6), joined with ；
   * and closed with 。 — when there are two or more: one group is written plain, as 一是 never stands
   * alone. Default `plain`: each sentence closed with 。 and written one after another.
   */
  layout?: "plain" | "enumerated";
  sentences: Sentence[];
}

/** One sentence, without its final punctuation: the section layout decides between 。 and ；. */
export interface Sentence {
  phrases: Phrase[];
}

export type Phrase = TextPhrase | EntityPhrase;

/** Words between figures: 截至, 共发放, 其中. */
export interface TextPhrase {
  type: "text";
  text: string;
}

/** What an entity is: a figure, a name, a change; a renderer may style each kind its own way. */
export type EntityKind = "number" | "money" | "percent" | "date" | "unit-name" | "indicator" | "change" | "rank";

/** Where a figure came from, so that every figure in the narrative can be traced (design.md principle 7). */
export interface EntitySource {
  /** The workbook file, when the figure was read from one. */
  file?: string;
  sheet?: string;
  /** A1 address of the cell holding the figure (for a total: the cell of the summary sheet). */
  cell?: string;
  /** The 填报单位 the figure belongs to, for a figure of one unit. */
  reportingUnit?: string;
}

/** A figure or a name, with the display text exactly as it is to be shown. */
export interface EntityPhrase {
  type: "entity";
  kind: EntityKind;
  /** Display text, final: "20万余张", "87.6%", "比上年同期增长12.3%", "城关镇". */
  text: string;
  /** The raw number behind the text, unrounded (a percentage as 87.6; a change as its percent or points). */
  value?: number;
  /** Unit of measure of `value` (张, 万元, %, 个百分点). */
  unit?: string;
  /** Which way the figure moved, for a change or a figure compared with an earlier one. */
  trend?: "up" | "down" | "flat";
  /** The template indicator the figure belongs to. */
  indicatorKey?: string;
  /** The approximation word written in `text` (余, 近, 约…), so a reader of the data knows the text is rounded. */
  qualifier?: string;
  source?: EntitySource;
}
