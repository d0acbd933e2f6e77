import type { Indicator } from "../../../template/types";
import { formatPercent } from "../../format/format-percent";
import type { NarrativeInput } from "../../generate/narrative-input";
import { rateLimit, withheldRate } from "../../generate/rate-over-limit";
import type { CompiledNode, CompiledSlot, CompiledTemplate } from "../compile-sentence-template";
import { templateError, type TemplateError } from "../template-error";

/**
 * One notice for each rate past its limit that a slot would write (its own figure, or one of the
 * sections it lists), at the first such slot: the rate is left out of the text, and the clerk is told.
 */
export function withheldNotices(compiled: CompiledTemplate, input: NarrativeInput): TemplateError[] {
  const notices: TemplateError[] = [];
  const told = new Set<string>();
  const visit = (nodes: readonly CompiledNode[], lineNo: number) => {
    for (const node of nodes) {
      if (node.type === "optional") visit(node.nodes, lineNo);
      if (node.type !== "slot") continue;
      for (const field of ratesOf(node.slot, compiled, input)) {
        const value = withheldRate(field, input);
        if (value === undefined || told.has(field.key)) continue;
        told.add(field.key);
        const params = { label: plainName(field, compiled), value: formatPercent(value).text, limit: formatPercent(rateLimit(field)).text };
        notices.push(templateError("narrative.template.rate-withheld", params, lineNo, node.slot.node.column));
      }
    }
  };
  for (const line of compiled.lines) {
    if (line.kind === "title") visit(line.nodes, line.line);
    else if (line.kind === "sentence") visit(line.nodes, line.line);
  }
  return notices;
}

/** A field's label, with its section's title where other fields share the label (规上工业·复工率). */
function plainName(field: Indicator, compiled: CompiledTemplate): string {
  if (compiled.fields.all.filter((f) => f.label === field.label).length < 2) return field.label;
  const section = compiled.fields.sections.find((s) => s.indicators.flatMap(withParts).includes(field));
  return section?.title ? `${section.title}·${field.label}` : field.label;
}

function withParts(indicator: Indicator): Indicator[] {
  return [indicator, ...(indicator.children ?? []).flatMap(withParts)];
}

/** The rates a slot would write: its own field, or those of the sections it lists. */
function ratesOf(slot: CompiledSlot, compiled: CompiledTemplate, input: NarrativeInput): Indicator[] {
  const field = slot.source.static.field;
  if (field) return field.kind === "percent" ? [field] : [];
  if (slot.source.static.type !== "section" && slot.source.static.type !== "sections") return [];
  const value = slot.source.read({ input, fields: compiled.fields, words: compiled.words, keep: false });
  const sections = value.type === "section" ? [value.section] : value.type === "sections" ? value.sections : [];
  return sections.flatMap((section) => section.indicators.flatMap(withParts)).filter((f) => f.kind === "percent");
}
