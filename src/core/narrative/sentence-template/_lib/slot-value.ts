import type { Indicator, IndicatorSection } from "../../../template/types";
import type { ItemWords } from "../../generate/item-words";
import type { NarrativeFields } from "../../generate/narrative-fields";
import type { LedgerState, NarrativeCutoff, NarrativeInput, NarrativeTotal, UnitsReported } from "../../generate/narrative-input";
import type { RankedUnit } from "../../generate/unit-ranking";
import type { Phrase, Sentence } from "../../spec/types";

/** What a slot's value is, known before any data: the checker uses it to refuse a filter that cannot apply. */
export type SlotType = "figure" | "count" | "names" | "date" | "text" | "units" | "ledger" | "section" | "sections" | "phrases" | "block";

/** A slot's type with what the checker needs to know of it (the field, for breakdown, rate, money). */
export interface StaticValue {
  type: SlotType;
  field?: Indicator;
}

/**
 * A value while a slot is written. An undefined payload is "no data" (as opposed to a 0 or an empty
 * list, which are data); filters pass it on, and the sentence decides what to do with it.
 */
export type SlotValue =
  | { type: "figure"; field: Indicator; total?: NarrativeTotal }
  | { type: "count"; value?: number }
  | { type: "names"; units?: readonly (RankedUnit | string)[]; field?: Indicator; rank?: boolean; withValues?: boolean }
  | { type: "date"; cutoff?: NarrativeCutoff }
  /** `data`: the text comes from the input (the period), so its absence is missing data; a label or the region is not. */
  | { type: "text"; text?: string; data: boolean }
  | { type: "units"; units?: UnitsReported }
  | { type: "ledger"; ledger?: LedgerState }
  | { type: "section"; section: IndicatorSection }
  | { type: "sections"; sections: readonly IndicatorSection[] }
  /** Written phrases; `zero` when the figure written is 0 (an optional part with it is left out). */
  | { type: "phrases"; phrases?: Phrase[]; zero?: boolean }
  | { type: "block"; sentences: Sentence[] };

/** What a slot is written with: the data, the template's fields, the item words and the line's `!keep`. */
export interface SlotContext {
  input: NarrativeInput;
  fields: NarrativeFields;
  words: ItemWords;
  keep: boolean;
  /** The words the line wrote just before the slot (全县共), so a chain does not introduce its total twice. */
  textBefore?: string;
}
