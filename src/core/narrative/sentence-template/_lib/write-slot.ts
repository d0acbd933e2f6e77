import { textPhrase } from "../../spec/text-phrase";
import type { Phrase, Sentence } from "../../spec/types";
import type { CompiledSlot } from "../compile-sentence-template";
import { FILTERS } from "../filter-catalog";
import type { SlotContext, SlotValue } from "./slot-value";

/** A slot written: phrases, or nothing for no data; `data` when it reads the input, `zero` for a 0. */
export interface WrittenSlot {
  phrases?: Phrase[];
  block?: Sentence[];
  data: boolean;
  zero: boolean;
}

/** What a value is written as when the template names no filter at its end. */
const DEFAULT_FILTER: Partial<Record<SlotValue["type"], string>> = {
  count: "number",
  names: "list",
  date: "datetime",
  units: "reporting",
  ledger: "scope",
  section: "list",
  sections: "includes",
};

/** Reads a slot's source and runs its filters, then writes the value with its default filter. */
export function writeSlot(slot: CompiledSlot, context: SlotContext): WrittenSlot {
  let value = slot.source.read(context);
  for (const { definition, args } of slot.filters) value = definition.apply(value, args, context);
  value = finish(value, context);
  switch (value.type) {
    case "block":
      return { block: value.sentences, data: true, zero: false };
    case "text":
      return { phrases: value.text === undefined ? undefined : value.text === "" ? [] : [textPhrase(value.text)], data: value.data, zero: false };
    case "phrases":
      return { phrases: value.phrases, data: true, zero: value.zero === true };
    default:
      return { data: true, zero: false };
  }
}

/** A figure is written by its kind (money with its scope note); other values by DEFAULT_FILTER. */
function finish(value: SlotValue, context: SlotContext): SlotValue {
  const name = value.type === "figure" ? (value.field.kind === "money" ? "money" : "number") : DEFAULT_FILTER[value.type];
  const definition = name && FILTERS.get(name);
  if (!definition) return value;
  const checked = definition.check({ type: value.type, ...(value.type === "figure" ? { field: value.field } : {}) }, [], context.fields);
  return "args" in checked ? definition.apply(value, checked.args, context) : value;
}
