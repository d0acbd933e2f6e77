import { defaultNarrativeFor } from "../defaults/default-narrative";
import { compileSentenceTemplate } from "../sentence-template/compile-sentence-template";
import { renderSentenceTemplate } from "../sentence-template/render-sentence-template";
import type { TemplateError } from "../sentence-template/template-error";
import type { NarrativeSpec } from "../spec/types";
import type { NarrativeInput } from "./narrative-input";
import { withValueKeys } from "./with-value-keys";

export interface GeneratedNarrative {
  spec: NarrativeSpec;
  /** Mistakes in the narrative template, each at its line and column; a line with one is left out. */
  errors: TemplateError[];
  /** Places where a figure had no data and the sentence says （暂无数据）, or a rate past its limit was left out, each at its line and column. */
  notices: TemplateError[];
}

/**
 * The narrative (综述) of a summary as a spec, written from the narrative template `lines` (the
 * template's default narrative when none is given; see parseSentenceTemplate for the syntax).
 * Deterministic: the same input and lines always give the same spec. Render it with renderPlainText
 * or renderMarkdown.
 */
export function generateNarrative(input: NarrativeInput, lines?: readonly string[] | string): GeneratedNarrative {
  const { compiled, errors } = compileSentenceTemplate(lines ?? defaultNarrativeFor(input.template), input.template);
  const { spec, notices } = renderSentenceTemplate(compiled, withValueKeys(input));
  return { spec, errors, notices };
}
