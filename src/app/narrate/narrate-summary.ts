import { generateNarrative, renderPlainText, type GeneratedNarrative } from "../../core/narrative";
import type { SummarySource } from "./find-summaries";

export interface NarrateOptions {
  /** The sentence template, a line a sentence; the template's default narrative when absent. */
  lines?: readonly string[];
  /** The 辖区 that opens the sentences; when blank, the summary's own (the consolidation's) stays. */
  region?: string;
  /** Last period's summary, for the rises and falls. */
  previous?: SummarySource;
}

/** The narrative of a summary: the spec, the template's mistakes and data notices, and the plain text. */
export interface Narration extends GeneratedNarrative {
  text: string;
}

/**
 * Narrate a summary: the paragraph the pane previews, copies and writes and the command line prints,
 * from one place so they never differ — totals as the 汇总表 shows them, compared with last period's
 * 汇总表 when there is one, whose period decides the words of a change: 同比, 环比 or 比上期.
 */
export function narrateSummary(summary: SummarySource, options: NarrateOptions = {}): Narration {
  const region = options.region?.trim();
  const earlier = options.previous?.input;
  const previous = earlier && Object.fromEntries(Object.entries(earlier.totals).map(([key, total]) => [key, total?.value]));
  const input = { ...summary.input, ...(region ? { region } : {}), ...(previous ? { previous } : {}), ...(earlier?.period ? { previousPeriod: earlier.period } : {}) };
  const generated = generateNarrative(input, options.lines);
  return { ...generated, text: renderPlainText(generated.spec) };
}
