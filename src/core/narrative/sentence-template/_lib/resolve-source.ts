import { message, type Problem } from "../../../locale";
import type { IndicatorSection, ReportTemplate } from "../../../template/types";
import { fieldTotal } from "../../generate/field-total";
import type { NarrativeFields } from "../../generate/narrative-fields";
import type { LedgerState } from "../../generate/narrative-input";
import { previousFigure } from "../../generate/previous-figure";
import type { TemplateErrorCode } from "../template-error";
import { CHINESE_SOURCE_LIST, canonicalSource, isChineseName } from "./chinese-names";
import { closestName } from "./closest-name";
import { resolveField } from "./resolve-field";
import type { SlotContext, SlotValue, StaticValue } from "./slot-value";

/** A slot's source, resolved against the template: its type, how to read it, and whether it is one of the figures. */
export interface ResolvedSource {
  static: StaticValue;
  read: (context: SlotContext) => SlotValue;
  /** The source is a figure of the report (not the cut-off or who reported): a `!none` template drops it when nothing is new. */
  figures: boolean;
}

export type SourceProblem = Problem<TemplateErrorCode>;

const LEDGER_COUNTS: Record<string, keyof LedgerState> = {
  aspects: "aspects",
  items: "items",
  problems: "problems",
  done: "done",
  inProgress: "inProgress",
};

const FIXED_NAMES = ["cutoff", "period", "region", "title", "units", "units.expected", "units.received", "units.missing", "units.zero", "ledger", "sections"];

/**
 * The source named in a slot (see parseSentenceTemplate), or the problem with it. Chinese names
 * ({截至时间}, {上期.发热人员}, {分组:消杀类}) stand for the English ones (see chinese-names.ts).
 */
export function resolveSource(written: string, template: ReportTemplate, fields: NarrativeFields): { source: ResolvedSource } | { problem: SourceProblem } {
  const name = canonicalSource(written);
  const fixed = fixedSource(name, template);
  if (fixed) return { source: fixed };
  if (name === "sections") return sectionSource("sections", undefined, fields);
  const [head, rest] = splitOnce(name, /[:：]/);
  if (rest !== undefined && (head === "section" || head === "sections")) return sectionSource(head, rest, fields);
  const [prefix, path] = splitOnce(name, /\./);
  if (prefix === "ledger" && path !== undefined) {
    const key = LEDGER_COUNTS[path];
    const statuses = template.kind === "ledger" ? (template.columns.find((c) => c.key === template.status?.column)?.options ?? []) : [];
    if (key || statuses.includes(path)) {
      const read = (ledger: LedgerState) => (key ? (ledger[key] as number) : (ledger.byStatus[path] ?? 0));
      return { source: { static: { type: "count" }, figures: true, read: ({ input }) => ({ type: "count", value: input.ledger && read(input.ledger) }) } };
    }
  }
  const fromPrevious = prefix === "previous" && path !== undefined;
  const fieldName = (prefix === "previous" || prefix === "totals") && path !== undefined ? path : name;
  const found = resolveField(fieldName, fields, isChineseName(written) ? CHINESE_SOURCE_LIST : FIXED_NAMES);
  if ("ambiguous" in found) return { problem: { code: "narrative.template.ambiguous-slot", params: { name: written, keys: found.ambiguous.map((f) => fields.nameOf(f)).join("、") } } };
  if ("unknown" in found) {
    const hint = found.hint || message("narrative.hint.available", { names: message("narrative.hint.slot-sources", { examples: fieldExamples(fields) }) });
    return { problem: { code: "narrative.template.unknown-slot", params: { name: written, hint } } };
  }
  const field = found.field;
  return {
    source: {
      static: { type: "figure", field },
      figures: true,
      read: ({ input }) => {
        if (!fromPrevious) return { type: "figure", field, total: fieldTotal(field, input) };
        const value = previousFigure(field, input);
        return { type: "figure", field, total: value === undefined ? undefined : { value } };
      },
    },
  };
}

function fixedSource(name: string, template: ReportTemplate): ResolvedSource | undefined {
  const plain = (read: ResolvedSource["read"], type: StaticValue["type"], figures = false): ResolvedSource => ({ static: { type }, read, figures });
  switch (name) {
    case "cutoff":
      return plain(({ input }) => ({ type: "date", cutoff: input.cutoff }), "date");
    case "period":
      return plain(({ input }) => ({ type: "text", text: input.period, data: true }), "text");
    case "region":
      return plain(({ input }) => ({ type: "text", text: input.region ?? "", data: false }), "text");
    case "title":
      return plain(() => ({ type: "text", text: template.title, data: false }), "text");
    case "units":
      return plain(({ input }) => ({ type: "units", units: input.units }), "units");
    case "units.expected":
      return plain(({ input }) => ({ type: "count", value: input.units?.expected }), "count");
    case "units.received":
      return plain(({ input }) => ({ type: "names", units: input.units?.received }), "names");
    case "units.missing":
      return plain(({ input }) => ({ type: "names", units: input.units?.missing }), "names");
    case "units.zero":
    case "units.zeroReports":
      return plain(({ input }) => ({ type: "names", units: input.units?.zeroReports }), "names");
    case "ledger":
      return plain(({ input }) => ({ type: "ledger", ledger: input.ledger }), "ledger", true);
    default:
      return undefined;
  }
}

/** `section:消杀类` (or `section:2`), `sections:消杀类,防护类`, or all `sections` when `names` is undefined. */
function sectionSource(head: "section" | "sections", names: string | undefined, fields: NarrativeFields): { source: ResolvedSource } | { problem: SourceProblem } {
  if (fields.sections.length === 0) return { problem: { code: "narrative.template.no-sections", params: {} } };
  if (names === undefined) return { source: { static: { type: "sections" }, figures: true, read: () => ({ type: "sections", sections: fields.sections }) } };
  const picked: IndicatorSection[] = [];
  for (const raw of head === "sections" ? names.split(/[,，、]/) : [names]) {
    const name = raw.trim();
    const index = /^\d+$/.test(name) ? Number(name) - 1 : -1;
    const section = fields.sections.find((s) => s.title === name) ?? fields.sections[index];
    if (!section) {
      const known = fields.sections.map((s, i) => s.title ?? String(i + 1));
      const close = closestName(name, known);
      return { problem: { code: "narrative.template.unknown-section", params: { name, known: (close !== undefined ? [close, ...known.filter((k) => k !== close)] : known).join("、") } } };
    }
    picked.push(section);
  }
  if (head === "section") return { source: { static: { type: "section" }, figures: true, read: () => ({ type: "section", section: picked[0]! }) } };
  return { source: { static: { type: "sections" }, figures: true, read: () => ({ type: "sections", sections: picked }) } };
}

/** A few of the template's field names, as the unknown-field message offers them. */
function fieldExamples(fields: NarrativeFields): string {
  return fields.all
    .slice(0, 3)
    .map((field) => fields.nameOf(field))
    .join("、");
}

function splitOnce(text: string, separator: RegExp): [string, string | undefined] {
  const match = separator.exec(text);
  return match ? [text.slice(0, match.index), text.slice(match.index + match[0].length)] : [text, undefined];
}
