import { message } from "../../locale";
import type { ReportTemplate } from "../../template/types";
import type { ItemWords } from "../generate/item-words";
import { narrativeFields, type NarrativeFields } from "../generate/narrative-fields";
import { isChineseName } from "./_lib/chinese-names";
import { closestName } from "./_lib/closest-name";
import type { FilterDefinition } from "./_lib/filter-definition";
import { resolveField } from "./_lib/resolve-field";
import { resolveSource, type ResolvedSource } from "./_lib/resolve-source";
import type { SlotType, StaticValue } from "./_lib/slot-value";
import { ENGLISH_FILTER_NAMES, FILTER_NAMES, FILTERS } from "./filter-catalog";
import { parseSentenceTemplate } from "./parse-sentence-template";
import type { SlotNode, TemplateNode, WordsLine } from "./template-ast";
import { templateError, templateErrorAt, type TemplateError } from "./template-error";

export interface CompiledSlot {
  node: SlotNode;
  source: ResolvedSource;
  filters: { definition: FilterDefinition; args: unknown }[];
  output: SlotType;
}

export type CompiledNode = { type: "text"; text: string } | { type: "slot"; slot: CompiledSlot } | { type: "optional"; column: number; nodes: CompiledNode[] };

export type CompiledLine =
  | { kind: "blank"; line: number }
  | { kind: "title"; line: number; nodes: CompiledNode[] }
  | {
      kind: "sentence";
      line: number;
      keep: boolean;
      none: boolean;
      nodes: CompiledNode[];
      /** Whether a slot reads the report's figures (so the line is dropped when nothing is new). */
      figures: boolean;
      /** A slot writing 一是…；二是… ends the line; the nodes before it are the group's heading. */
      block?: { slot: CompiledSlot; heading: CompiledNode[] };
    };

/** A narrative template checked against a report template, ready to be written with data. */
export interface CompiledTemplate {
  template: ReportTemplate;
  fields: NarrativeFields;
  lines: CompiledLine[];
  words: Required<ItemWords>;
  /** Whether a line is marked `!none`: then the figures give way to it when nothing is new. */
  hasNone: boolean;
}

/**
 * Reads a narrative template (see parseSentenceTemplate) and checks every slot against the report
 * template before any data is seen: each source must exist, each filter must be known and take what
 * it is given, and its arguments must make sense. Mistakes come back with their line and column; a
 * line with a mistake is left out of the result, so nothing is ever written half or blank.
 */
export function compileSentenceTemplate(source: readonly string[] | string, template: ReportTemplate): { compiled: CompiledTemplate; errors: TemplateError[] } {
  const parsed = parseSentenceTemplate(source);
  const fields = narrativeFields(template);
  const errors = [...parsed.errors];
  const words = { verbs: new Map<string, string>(), names: new Map<string, string>() };
  const lines: CompiledLine[] = [];
  for (const line of parsed.lines) {
    const lineErrors: TemplateError[] = [];
    if (line.kind === "blank") lines.push(line);
    else if (line.kind === "title") {
      const nodes = compileNodes(line.nodes, template, fields, line.line, lineErrors);
      const blocks = findBlocks(nodes);
      if (blocks.length > 0) lineErrors.push(blockError(blocks[0]!, line.line));
      lines.push({ kind: "title", line: line.line, nodes });
    } else if (line.kind === "sentence") {
      const nodes = compileNodes(line.nodes, template, fields, line.line, lineErrors);
      const block = placeBlock(nodes, line.line, lineErrors);
      lines.push({ kind: "sentence", line: line.line, keep: line.keep, none: line.none, nodes, figures: usesFigures(nodes), ...(block ? { block } : {}) });
    } else readWords(line, fields, words[line.kind], lineErrors);
    if (lineErrors.length > 0) {
      errors.push(...lineErrors);
      if (lines.at(-1)?.line === line.line) lines.pop();
    }
  }
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  const hasNone = lines.some((line) => line.kind === "sentence" && line.none);
  return { compiled: { template, fields, lines, words, hasNone }, errors };
}

function compileNodes(nodes: readonly TemplateNode[], template: ReportTemplate, fields: NarrativeFields, lineNo: number, errors: TemplateError[]): CompiledNode[] {
  return nodes.flatMap((node): CompiledNode[] => {
    if (node.type === "text") return [node];
    if (node.type === "optional") return [{ type: "optional", column: node.column, nodes: compileNodes(node.nodes, template, fields, lineNo, errors) }];
    const slot = compileSlot(node, template, fields, lineNo, errors);
    return slot ? [{ type: "slot", slot }] : [];
  });
}

function compileSlot(node: SlotNode, template: ReportTemplate, fields: NarrativeFields, lineNo: number, errors: TemplateError[]): CompiledSlot | undefined {
  const resolved = resolveSource(node.source, template, fields);
  if ("problem" in resolved) {
    errors.push(templateErrorAt(resolved.problem, lineNo, node.sourceColumn));
    return undefined;
  }
  let current: StaticValue = resolved.source.static;
  const filters: CompiledSlot["filters"] = [];
  for (const call of node.filters) {
    const definition = FILTERS.get(call.name) ?? FILTERS.get(call.name.toLowerCase());
    if (!definition) {
      const close = closestName(call.name, isChineseName(call.name) ? FILTER_NAMES : ENGLISH_FILTER_NAMES);
      const hint = close !== undefined ? message("narrative.hint.did-you-mean", { name: close }) : message("narrative.hint.available", { names: FILTER_NAMES.join("、") });
      errors.push(templateError("narrative.template.unknown-filter", { name: call.name, hint }, lineNo, call.column));
      return undefined;
    }
    if (!definition.accepts.includes(current.type)) {
      const accepts = definition.accepts.map((type) => typeName(type)).join("、");
      errors.push(templateError("narrative.template.filter-input", { name: call.name, got: typeName(current.type), accepts }, lineNo, call.column));
      return undefined;
    }
    const checked = definition.check(current, call.args, fields);
    if ("problem" in checked) {
      errors.push(templateErrorAt(checked.problem, lineNo, checked.column ?? call.column));
      return undefined;
    }
    filters.push({ definition, args: checked.args });
    current = checked.output;
  }
  return { node, source: resolved.source, filters, output: current.type };
}

function typeName(type: SlotType): string {
  return message(`narrative.slot-type.${type}`);
}

function readWords(line: WordsLine, fields: NarrativeFields, into: Map<string, string>, errors: TemplateError[]): void {
  for (const entry of line.entries) {
    const found = resolveField(entry.field, fields);
    if ("field" in found) into.set(found.field.key, entry.word);
    else if ("ambiguous" in found) errors.push(templateError("narrative.template.ambiguous-slot", { name: entry.field, keys: found.ambiguous.map((f) => fields.nameOf(f)).join("、") }, line.line, entry.column));
    else errors.push(templateError("narrative.template.unknown-word-field", { name: entry.field, hint: found.hint }, line.line, entry.column));
  }
}

/** Slots writing numbered groups, at any depth. */
function findBlocks(nodes: readonly CompiledNode[]): CompiledSlot[] {
  return nodes.flatMap((node) => (node.type === "slot" ? (node.slot.output === "block" ? [node.slot] : []) : node.type === "optional" ? findBlocks(node.nodes) : []));
}

/** The line's block slot, checked to stand at the end of the line, alone and outside brackets. */
function placeBlock(nodes: CompiledNode[], lineNo: number, errors: TemplateError[]): { slot: CompiledSlot; heading: CompiledNode[] } | undefined {
  const blocks = findBlocks(nodes);
  if (blocks.length === 0) return undefined;
  const index = nodes.findIndex((node) => node.type === "slot" && node.slot === blocks[0]);
  const trailing = nodes.slice(index + 1);
  const alone = blocks.length === 1 && index >= 0 && trailing.every((node) => node.type === "text" && /^[\s。；;]*$/.test(node.text));
  if (!alone) {
    errors.push(blockError(blocks[blocks.length > 1 || index < 0 ? blocks.length - 1 : 0]!, lineNo));
    return undefined;
  }
  return { slot: blocks[0]!, heading: nodes.slice(0, index) };
}

function blockError(slot: CompiledSlot, lineNo: number): TemplateError {
  return templateError("narrative.template.block-placement", { name: slot.node.raw }, lineNo, slot.node.column);
}

function usesFigures(nodes: readonly CompiledNode[]): boolean {
  return nodes.some((node) => (node.type === "slot" ? node.slot.source.figures : node.type === "optional" ? usesFigures(node.nodes) : false));
}
