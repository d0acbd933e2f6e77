import { isNothingNew } from "../generate/nothing-new";
import type { NarrativeInput } from "../generate/narrative-input";
import { mergeText } from "../generate/merge-text";
import { textPhrase } from "../spec/text-phrase";
import type { NarrativeSpec, Phrase, Section, Sentence } from "../spec/types";
import type { CompiledNode, CompiledTemplate } from "./compile-sentence-template";
import type { SlotContext } from "./_lib/slot-value";
import { withheldNotices } from "./_lib/withheld-notices";
import { writeSlot } from "./_lib/write-slot";
import { templateError, type TemplateError } from "./template-error";

/** What a slot with no data is written as where the sentence cannot do without it: visible, never blank. */
const NO_DATA = "（暂无数据）";

/**
 * Writes a compiled narrative template with the data, line by line, into a spec:
 *
 * - a sentence is left out when none of its required data slots (those outside `[…]`) has data:
 *   nothing to say, and the optional parts around it are no sentence on their own;
 * - an optional part `[…]` is left out when a slot of its own has no data, or a figure is 0
 *   (unless `!keep`);
 * - a sentence whose every figure is 0 is left out (unless `!keep`): a report does not say 0个;
 * - a slot with no data in a sentence that is kept is written （暂无数据）, and a notice says where;
 * - a rate past its limit (复工率 105%) is no data, and a notice (提示) says so once, at its first slot;
 * - when the template has `!none` lines and nothing is new (every figure 0), those lines are written
 *   and the lines with figures are not; otherwise the `!none` lines are left out;
 * - `# 标题` and empty lines open paragraphs; a line with a groups slot is a paragraph of its own,
 *   laid out 一是…；二是…, headed by the words before the slot.
 *
 * The same template and data always give the same spec.
 */
export function renderSentenceTemplate(compiled: CompiledTemplate, input: NarrativeInput): { spec: NarrativeSpec; notices: TemplateError[] } {
  const notices: TemplateError[] = withheldNotices(compiled, input);
  const nothingNew = compiled.hasNone && isNothingNew(input);
  const sections: Section[] = [];
  let current: Section = { sentences: [] };
  const close = (next: Section = { sentences: [] }) => {
    if (current.sentences.length > 0) sections.push(current);
    current = next;
  };
  for (const line of compiled.lines) {
    if (line.kind === "blank") {
      close();
      continue;
    }
    const context: SlotContext = { input, fields: compiled.fields, words: compiled.words, keep: line.kind === "sentence" && line.keep };
    if (line.kind === "title") {
      const title = writeSentence(line.nodes, context, line.line, []);
      close({ sentences: [], ...(title ? { title: plainText(title.phrases) } : {}) });
      continue;
    }
    if (line.none ? !nothingNew : nothingNew && line.figures) continue;
    if (line.block) {
      const written = writeSlot(line.block.slot, context);
      if (written.block && written.block.length > 0) {
        const heading = writeSentence(line.block.heading, context, line.line, []);
        close();
        sections.push({ ...(heading && heading.phrases.length > 0 ? { title: plainText(heading.phrases) } : {}), layout: "enumerated", sentences: written.block });
      }
      continue;
    }
    const sentence = writeSentence(line.nodes, context, line.line, notices);
    if (sentence) current.sentences.push(sentence);
  }
  close();
  return { spec: { sections }, notices };
}

type Piece = Phrase | { missing: string; column: number };

interface Written {
  pieces: Piece[];
  /** The part's own data slots (not those of the optional parts inside it), and how many have something to say. */
  data: number;
  stated: number;
  empty: number;
  zero: number;
}

/** The sentence of a line, or undefined when its required data slots have no data, or it has no words. */
function writeSentence(nodes: readonly CompiledNode[], context: SlotContext, lineNo: number, notices: TemplateError[]): Sentence | undefined {
  const written = writeNodes(nodes, context);
  if (written.data > 0 && written.stated === 0) return undefined;
  if (!context.keep && written.stated > 0 && written.zero === written.stated) return undefined;
  if (written.pieces.every((piece) => "type" in piece && piece.text.trim() === "")) return undefined;
  const phrases = written.pieces.map((piece) => {
    if ("type" in piece) return piece;
    notices.push(templateError("narrative.template.no-data", { slot: piece.missing }, lineNo, piece.column));
    return textPhrase(NO_DATA);
  });
  return { phrases: mergeText(phrases) };
}

function writeNodes(nodes: readonly CompiledNode[], context: SlotContext): Written {
  const out: Written = { pieces: [], data: 0, stated: 0, empty: 0, zero: 0 };
  const before = () => (context.textBefore ?? "") + out.pieces.map((piece) => ("type" in piece ? piece.text : "")).join("");
  for (const node of nodes) {
    if (node.type === "text") out.pieces.push(textPhrase(node.text));
    else if (node.type === "optional") {
      const inner = writeNodes(node.nodes, { ...context, textBefore: before() });
      const leaveOut = inner.empty > 0 || (inner.zero > 0 && !context.keep);
      if (!leaveOut) out.pieces.push(...inner.pieces);
    } else {
      const slot = writeSlot(node.slot, { ...context, textBefore: before() });
      if (!slot.data) {
        out.pieces.push(...(slot.phrases ?? []));
        continue;
      }
      out.data += 1;
      if (slot.phrases === undefined) {
        out.empty += 1;
        out.pieces.push({ missing: node.slot.node.raw, column: node.slot.node.column });
      } else {
        out.stated += 1;
        if (slot.zero) out.zero += 1;
        out.pieces.push(...slot.phrases);
      }
    }
  }
  return out;
}

function plainText(phrases: readonly Phrase[]): string {
  return phrases.map((phrase) => phrase.text).join("");
}
