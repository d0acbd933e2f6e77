import { message } from "../../../locale";
import type { IndicatorSection } from "../../../template/types";
import { itemChain } from "../../generate/item-chain";
import { endsWithLead } from "../../register/total-lead";
import { itemList } from "../../generate/item-list";
import type { ListOptions } from "../../generate/item-words";
import { sectionGroups } from "../../generate/section-groups";
import { sectionIncludes } from "../../generate/section-includes";
import { topUnits, unitsBelow } from "../../generate/unit-ranking";
import { unitList } from "../../generate/unit-list";
import type { FilterArg } from "../template-ast";
import { badArgument, defineFilter, readInteger, readKeywords, argumentCount, type ArgsResult } from "./filter-definition";
import type { SlotValue } from "./slot-value";

/** Filters over several items: count, list, chain, includes, groups, top, below. */

/** `list(5)`, `list(等)`, `list(5, 等)`: at most so many items; 等 after a selection. */
function readListArgs(name: string, args: readonly FilterArg[]): ArgsResult<Pick<ListOptions, "limit" | "partial">> {
  if (args.length > 2) return argumentCount(name, message("narrative.expect.at-most", { count: 2 }));
  const options: Pick<ListOptions, "limit" | "partial"> = {};
  for (const arg of args) {
    if (arg.text === "等") options.partial = true;
    else {
      const limit = readInteger(arg.text, 1, 999);
      if (limit === undefined) return badArgument(name, arg, message("narrative.expect.list-arg"));
      options.limit = limit;
    }
  }
  return { args: options, output: { type: "phrases" } };
}

function sectionsOf(value: SlotValue): readonly IndicatorSection[] {
  return value.type === "section" ? [value.section] : value.type === "sections" ? value.sections : [];
}

export const countFilter = defineFilter<null>({
  name: "count",
  accepts: ["names"],
  check: (_input, args) => (args.length > 0 ? argumentCount("count", message("narrative.expect.at-most", { count: 0 })) : { args: null, output: { type: "count" } }),
  apply: (value) => ({ type: "count", value: value.type === "names" ? value.units?.length : undefined }),
});

export const listFilter = defineFilter<Pick<ListOptions, "limit" | "partial">>({
  name: "list",
  accepts: ["names", "section", "sections"],
  check: (_input, args) => readListArgs("list", args),
  apply: (value, options, { input, words, keep }) => {
    if (value.type === "names") {
      if (!value.units) return { type: "phrases" };
      // No unit is data too (none fell below the line): written as nothing, and an optional part with it is left out.
      const phrases = unitList(value.units, { limit: options.limit, kind: value.rank ? "rank" : "unit-name", field: value.withValues ? value.field : undefined, template: input.template }) ?? [];
      return { type: "phrases", phrases, zero: phrases.length === 0 };
    }
    return { type: "phrases", phrases: itemList(sectionsOf(value).flatMap((s) => s.indicators), input, words, { ...options, keep }) };
  },
});

export const chainFilter = defineFilter<Pick<ListOptions, "limit" | "partial">>({
  name: "chain",
  accepts: ["section", "sections"],
  check: (_input, args) => readListArgs("chain", args),
  apply: (value, options, { input, words, keep, textBefore }) => ({
    type: "phrases",
    phrases: itemChain(sectionsOf(value).flatMap((s) => s.indicators), input, words, { ...options, keep, led: endsWithLead(textBefore ?? "") }),
  }),
});

export const includesFilter = defineFilter<Pick<ListOptions, "limit" | "partial">>({
  name: "includes",
  accepts: ["section", "sections"],
  check: (_input, args) => readListArgs("includes", args),
  apply: (value, options, { input, words, keep }) => ({ type: "phrases", phrases: sectionIncludes(sectionsOf(value), input, words, { ...options, keep }) }),
});

export const groupsFilter = defineFilter<{ lead: "方面" | "包括" }>({
  name: "groups",
  accepts: ["section", "sections"],
  check: (_input, args) => {
    const read = readKeywords("groups", args, { 方面: "方面", 包括: "包括" } as const, 1, message("narrative.expect.one-of", { values: "方面、包括" }));
    return "words" in read ? { args: { lead: read.words.has("包括") ? "包括" : "方面" }, output: { type: "block" } } : read;
  },
  apply: (value, { lead }, { input, words, keep }) => ({ type: "block", sentences: sectionGroups(sectionsOf(value), input, words, { lead, keep }) }),
});

/** top(3): the first three units by figure; top(3, 值) writes each one's figure after it. */
export const topFilter = defineFilter<{ n: number; withValues: boolean }>({
  name: "top",
  accepts: ["figure"],
  check: (_input, args) => {
    if (args.length > 2) return argumentCount("top", message("narrative.expect.at-most", { count: 2 }));
    const n = args[0] ? readInteger(args[0].text, 1, 99) : 3;
    if (n === undefined) return badArgument("top", args[0]!, message("narrative.expect.count"));
    if (args[1] && !["值", "数值", "values"].includes(args[1].text)) return badArgument("top", args[1], message("narrative.expect.one-of", { values: "值" }));
    return { args: { n, withValues: args[1] !== undefined }, output: { type: "names" } };
  },
  apply: (value, { n, withValues }, { input }) =>
    value.type === "figure" ? { type: "names", units: topUnits(value.field, input, n), field: value.field, rank: true, withValues } : { type: "names" },
});

/** below(80): the units whose figure is under 80 (in the field's unit; 80 for 80%). */
export const belowFilter = defineFilter<{ threshold: number }>({
  name: "below",
  accepts: ["figure"],
  check: (_input, args) => {
    if (args.length !== 1) return argumentCount("below", message("narrative.expect.exactly", { count: 1 }));
    const text = args[0]!.text.normalize("NFKC").replace(/%$/, "");
    const threshold = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
    if (threshold === undefined) return badArgument("below", args[0]!, message("narrative.expect.number"));
    return { args: { threshold }, output: { type: "names" } };
  },
  apply: (value, { threshold }, { input }) => (value.type === "figure" ? { type: "names", units: unitsBelow(value.field, input, threshold), field: value.field } : { type: "names" }),
});
