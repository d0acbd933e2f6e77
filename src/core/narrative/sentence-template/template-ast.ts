/**
 * A narrative template as the clerk writes it, one line per sentence (see parseSentenceTemplate for
 * the syntax). Columns are 1-based positions in the line, for messages that point at the mistake.
 */

export type TemplateLine = BlankLine | TitleLine | WordsLine | SentenceLine;

/** An empty line: the next sentences start a new paragraph. */
export interface BlankLine {
  kind: "blank";
  line: number;
}

/** `# 物资保障方面`: a run-in heading for the sentences that follow. */
export interface TitleLine {
  kind: "title";
  line: number;
  nodes: TemplateNode[];
}

/** `!verbs leaflets=发放 banners=悬挂` or `!names newMediaPosts=新媒体信息`: the words of items in lists and chains. */
export interface WordsLine {
  kind: "verbs" | "names";
  line: number;
  entries: WordEntry[];
}

export interface WordEntry {
  /** An indicator's key or label, as written. */
  field: string;
  word: string;
  column: number;
}

/** A sentence template: text, slots and optional parts. */
export interface SentenceLine {
  kind: "sentence";
  line: number;
  /** `!keep`: state items with nothing to report (0, 暂无数据) instead of leaving them out. */
  keep: boolean;
  /** `!none`: written only when there is nothing to report (无新增), and then in place of the figures. */
  none: boolean;
  nodes: TemplateNode[];
}

export type TemplateNode = TextNode | SlotNode | OptionalNode;

export interface TextNode {
  type: "text";
  text: string;
}

/** `{masks|number}`: a value from the data, through filters. */
export interface SlotNode {
  type: "slot";
  /** The slot as written, braces included, for messages. */
  raw: string;
  column: number;
  source: string;
  sourceColumn: number;
  filters: FilterCall[];
}

export interface FilterCall {
  name: string;
  column: number;
  args: FilterArg[];
}

export interface FilterArg {
  text: string;
  column: number;
}

/** `[，其中先期拨付{emergencyFundsAdvanced}]`: left out when a figure in it has no data or is 0. */
export interface OptionalNode {
  type: "optional";
  column: number;
  nodes: TemplateNode[];
}
