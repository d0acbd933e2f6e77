import { generateNarrative, renderPlainText, type GeneratedNarrative } from "../../core/narrative";
import type { SummarySource } from "./find-summaries";
import { templateText } from "./_lib/template-text";

/** The narrative of a summary from the editor's text: the spec, the template's mistakes and data notices, and the plain text. */
export interface BuiltNarrative extends GeneratedNarrative {
  text: string;
}

/**
 * The paragraph the pane previews, copies and writes, from one place so the three never differ. A 辖区
 * typed in the pane opens the sentences; left empty, the summary's own (the consolidation's) is kept.
 */
export function buildNarrative(summary: SummarySource, text: string, region: string): BuiltNarrative {
  const typed = region.trim();
  const input = typed ? { ...summary.input, region: typed } : summary.input;
  const generated = generateNarrative(input, templateText.toLines(text));
  return { ...generated, text: renderPlainText(generated.spec) };
}
