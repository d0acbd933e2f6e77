import { message } from "../../../locale";
import type { Indicator } from "../../../template/types";
import { breakdownPhrases } from "../../generate/breakdown-phrases";
import { changePhrase } from "../../generate/change-phrase";
import { fieldTotal } from "../../generate/field-total";
import { countText, figurePhrase, type FigureStyle } from "../../generate/figure-phrase";
import { ledgerProgress } from "../../generate/ledger-progress";
import { rateProgress } from "../../generate/rate-progress";
import type { NarrativeTotal } from "../../generate/narrative-input";
import { ratioPhrase } from "../../generate/ratio-phrase";
import { scopeNote } from "../../generate/scope-note";
import { formatChineseCount } from "../../format/format-chinese-count";
import { formatPercent } from "../../format/format-percent";
import { entityPhrase } from "../../spec/entity-phrase";
import type { EntityPhrase } from "../../spec/types";
import { badArgument, defineFilter, readInteger, readKeywords, argumentCount, type FilterDefinition } from "./filter-definition";
import { resolveField } from "./resolve-field";
import type { SlotValue } from "./slot-value";

/** Filters that write one figure: number, round, money, percent, rate, change, cn, unit, label, breakdown, progress. */

const PHRASES = { type: "phrases" } as const;

/** A figure or count written by `write`, or no data passed on; `zero` marks a 0 for optional parts. */
function writeFigure(value: SlotValue, write: (field: Indicator | undefined, figure: NarrativeTotal) => EntityPhrase): SlotValue {
  if (value.type === "figure") return value.total ? { type: "phrases", phrases: [write(value.field, value.total)], zero: value.total.value === 0 } : { type: "phrases" };
  if (value.type === "count") return value.value !== undefined ? { type: "phrases", phrases: [write(undefined, { value: value.value })], zero: value.value === 0 } : { type: "phrases" };
  return { type: "phrases" };
}

function styled(name: string, style: (decimals: number | undefined) => FigureStyle, max: number): FilterDefinition {
  return defineFilter<FigureStyle>({
    name,
    accepts: ["figure", "count"],
    check: (_input, args) => {
      if (args.length > max) return argumentCount(name, message("narrative.expect.at-most", { count: max }));
      const decimals = args[0] && readInteger(args[0].text, 0, 6);
      if (args[0] && decimals === undefined) return badArgument(name, args[0], message("narrative.expect.decimals"));
      return { args: style(decimals), output: PHRASES };
    },
    apply: (value, style, { input }) => {
      const styled = { ...style, template: input.template };
      return writeFigure(value, (field, figure) => (field ? figurePhrase(field, figure, styled) : entityPhrase("number", countText(figure.value, "", styled))));
    },
  });
}

export const numberFilter = styled("number", (decimals) => (decimals !== undefined ? { decimals } : {}), 1);
export const roundFilter = styled("round", () => ({ approximate: true }), 0);

export const moneyFilter = defineFilter<{ estimate: boolean }>({
  name: "money",
  accepts: ["figure"],
  check: (input, args) => {
    if (input.field && input.field.kind !== "money") return { problem: { code: "narrative.template.not-money", params: { label: input.field.label } } };
    const read = readKeywords("money", args, { 约: "约", estimate: "约" }, 1, message("narrative.expect.one-of", { values: "约" }));
    return "words" in read ? { args: { estimate: read.words.has("约") }, output: PHRASES } : read;
  },
  // The scope note (口径说明) goes with the sum it qualifies: 约930.95万元（含已收货未支付款项）.
  apply: (value, { estimate }, { input }) => {
    const written = writeFigure(value, (field, figure) => figurePhrase(field!, figure, { estimate, template: input.template }));
    const note = value.type === "figure" ? scopeNote(value.field) : undefined;
    if (written.type !== "phrases" || !written.phrases || !note) return written;
    return { ...written, phrases: [...written.phrases, note] };
  },
});

export const percentFilter = defineFilter<null>({
  name: "percent",
  accepts: ["figure", "count"],
  check: (_input, args) => (args.length > 0 ? argumentCount("percent", message("narrative.expect.at-most", { count: 0 })) : { args: null, output: PHRASES }),
  apply: (value) => writeFigure(value, (field, figure) => entityPhrase("percent", formatPercent(figure.value), { unit: "%", ...(field ? { indicatorKey: field.key } : {}) })),
});

/** rate: the field's own formula; rate(分母): this figure ÷ another; rate(分子, 分母): two other figures. */
export const rateFilter = defineFilter<{ numerator?: Indicator; denominator?: Indicator }>({
  name: "rate",
  accepts: ["figure"],
  check: (input, args, fields) => {
    if (args.length > 2) return argumentCount("rate", message("narrative.expect.at-most", { count: 2 }));
    if (args.length === 0 && input.field && !input.field.formula) return { problem: { code: "narrative.template.no-formula", params: { label: input.field.label } } };
    const parts: Indicator[] = [];
    for (const arg of args) {
      const found = resolveField(arg.text, fields);
      if (!("field" in found)) return badArgument("rate", arg, message("narrative.expect.field", { name: arg.text }));
      parts.push(found.field);
    }
    const [numerator, denominator] = parts.length === 2 ? parts : [undefined, parts[0]];
    return { args: { numerator, denominator }, output: PHRASES };
  },
  apply: (value, { numerator, denominator }, { input }) => {
    if (value.type !== "figure") return { type: "phrases" };
    if (!denominator) return writeFigure(value, (field, figure) => figurePhrase(field!, figure, { template: input.template }));
    const top = numerator ? fieldTotal(numerator, input) : value.total;
    const bottom = fieldTotal(denominator, input);
    const rate = top && bottom ? ratioPhrase(top.value, bottom.value, value.field.key) : undefined;
    return rate ? { type: "phrases", phrases: [rate], zero: rate.value === 0 } : { type: "phrases" };
  },
});

export const changeFilter = defineFilter<{ compareTo?: string }>({
  name: "change",
  accepts: ["figure"],
  check: (_input, args) => (args.length > 1 ? argumentCount("change", message("narrative.expect.at-most", { count: 1 })) : { args: { compareTo: args[0]?.text }, output: PHRASES }),
  apply: (value, { compareTo }, { input }) => {
    const change = value.type === "figure" ? changePhrase(value.field, input, compareTo) : undefined;
    return { type: "phrases", phrases: change && [change] };
  },
});

/** A small count in Chinese numerals (三方面); a figure that is no whole number stays in digits. */
export const cnFilter = defineFilter<null>({
  name: "cn",
  accepts: ["figure", "count"],
  check: (_input, args) => (args.length > 0 ? argumentCount("cn", message("narrative.expect.at-most", { count: 0 })) : { args: null, output: PHRASES }),
  apply: (value, _args, { input }) =>
    writeFigure(value, (field, figure) =>
      Number.isSafeInteger(figure.value) && figure.value >= 0
        ? entityPhrase("number", { text: formatChineseCount(figure.value), value: figure.value }, field ? { indicatorKey: field.key, ...(field.unit ? { unit: field.unit } : {}) } : {})
        : field
          ? figurePhrase(field, figure, { template: input.template })
          : entityPhrase("number", countText(figure.value, "", { template: input.template })),
    ),
});

export const unitFilter = defineFilter<null>({
  name: "unit",
  accepts: ["figure"],
  check: (_input, args) => (args.length > 0 ? argumentCount("unit", message("narrative.expect.at-most", { count: 0 })) : { args: null, output: { type: "text" } }),
  apply: (value) => ({ type: "text", text: value.type === "figure" ? (value.field.unit ?? "") : "", data: false }),
});

export const labelFilter = defineFilter<null>({
  name: "label",
  accepts: ["figure", "section"],
  check: (_input, args) => (args.length > 0 ? argumentCount("label", message("narrative.expect.at-most", { count: 0 })) : { args: null, output: { type: "text" } }),
  apply: (value, _args, { words }) => {
    if (value.type === "section") return { type: "text", text: value.section.title ?? "", data: false };
    return { type: "text", text: value.type === "figure" ? (words.names?.get(value.field.key) ?? value.field.label) : "", data: false };
  },
});

export const breakdownFilter = defineFilter<null>({
  name: "breakdown",
  accepts: ["figure"],
  check: (input, args) => {
    if (args.length > 0) return argumentCount("breakdown", message("narrative.expect.at-most", { count: 0 }));
    if (input.field && !(input.field.children?.length)) return { problem: { code: "narrative.template.no-children", params: { label: input.field.label } } };
    return { args: null, output: PHRASES };
  },
  apply: (value, _args, { input, words, keep }) => ({ type: "phrases", phrases: value.type === "figure" ? breakdownPhrases(value.field, input, words, { keep }) : undefined }),
});

/** A rate with its parts (应复工92家，已复工86家，复工率为93.5%), or a ledger's progress (已完成整改35个…). */
export const progressFilter = defineFilter<{ verb: "为" | "达到" }>({
  name: "progress",
  accepts: ["figure", "ledger"],
  check: (input, args) => {
    if (input.type === "figure" && input.field && !input.field.formula) return { problem: { code: "narrative.template.no-formula", params: { label: input.field.label } } };
    const read = readKeywords("progress", args, { 为: "为", 达到: "达到" } as const, 1, message("narrative.expect.one-of", { values: "为、达到" }));
    return "words" in read ? { args: { verb: read.words.has("达到") ? "达到" : "为" }, output: PHRASES } : read;
  },
  apply: (value, { verb }, { input, fields, words }) => {
    if (value.type === "ledger") {
      const template = input.template.kind === "ledger" ? input.template : undefined;
      return { type: "phrases", phrases: value.ledger && ledgerProgress(value.ledger, template), zero: value.ledger?.problems === 0 };
    }
    return { type: "phrases", phrases: value.type === "figure" ? rateProgress(value.field, fields, input, words, verb) : undefined };
  },
});
