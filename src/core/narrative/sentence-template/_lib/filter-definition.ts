import type { NarrativeFields } from "../../generate/narrative-fields";
import type { FilterArg } from "../template-ast";
import type { SourceProblem } from "./resolve-source";
import type { SlotContext, SlotType, SlotValue, StaticValue } from "./slot-value";

/** A filter's arguments read, or the problem with them and where it is. */
export type ArgsResult<A> = { args: A; output: StaticValue } | { problem: SourceProblem; column?: number };

/**
 * A filter of the template language: which values it takes, how it reads its arguments and what it
 * gives (checked before any data, so a mistake is found as the clerk types), and how it writes.
 */
export interface FilterDefinition<A = unknown> {
  name: string;
  accepts: readonly SlotType[];
  check: (input: StaticValue, args: readonly FilterArg[], fields: NarrativeFields) => ArgsResult<A>;
  apply: (value: SlotValue, args: A, context: SlotContext) => SlotValue;
}

/** Erases a filter's argument type for the catalog; each filter checks its own. */
export function defineFilter<A>(definition: FilterDefinition<A>): FilterDefinition {
  return definition as FilterDefinition;
}

export function badArgument(name: string, arg: FilterArg, expected: string): { problem: SourceProblem; column: number } {
  return { problem: { code: "narrative.template.bad-argument", params: { name, arg: arg.text, expected } }, column: arg.column };
}

export function argumentCount(name: string, expected: string): { problem: SourceProblem } {
  return { problem: { code: "narrative.template.argument-count", params: { name, expected } } };
}

/** Arguments from a fixed set of words (约; 短; 为/达到), each allowed once; `aliases` map other spellings to a word. */
export function readKeywords<W extends string>(name: string, args: readonly FilterArg[], words: Record<string, W>, max: number, expected: string): { words: Set<W> } | { problem: SourceProblem; column?: number } {
  if (args.length > max) return argumentCount(name, expected);
  const found = new Set<W>();
  for (const arg of args) {
    const word = words[arg.text] ?? words[arg.text.toLowerCase()];
    if (word === undefined) return badArgument(name, arg, expected);
    found.add(word);
  }
  return { words: found };
}

/** A whole number within bounds, or undefined when the text is none. */
export function readInteger(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text.normalize("NFKC"))) return undefined;
  const n = Number(text.normalize("NFKC"));
  return n >= min && n <= max ? n : undefined;
}
