import type { ConsolidationResult } from "../consolidate/consolidation-result";
import type { SheetPlan } from "../layout/sheet-plan";
import { cutoffFromPeriod } from "./generate/cutoff-from-period";
import { generateNarrative } from "./generate/generate-narrative";
import { narrativeInputFromConsolidation } from "./generate/narrative-input-from-consolidation";
import type { NarrativeInput } from "./generate/narrative-input";
import { planNarrativeData, planNarrativeSheet } from "./narrative-sheets";
import { renderPlainText } from "./render";
import type { TemplateError } from "./sentence-template/template-error";

export interface SummaryNarrative {
  input: NarrativeInput;
  text: string;
  /** Problems of the narrative's sentence template, each at its line and column. */
  errors: TemplateError[];
  /** What the data made the paragraph leave out or write as 暂无数据 (a rate past 100%), each at its line and column: 提示 for the clerk. */
  notices: TemplateError[];
  /** The visible 综述 sheet and the very hidden data sheet it is written from. */
  plans: SheetPlan[];
}

/** The paragraph of a consolidation, in the default narrative of its template, and the sheets that carry it. */
export function summaryNarrative(result: ConsolidationResult, options: { region?: string; lines?: readonly string[] } = {}): SummaryNarrative {
  const cutoff = result.template.periodKind === "as-of" ? cutoffFromPeriod(result.period) : undefined;
  const input = narrativeInputFromConsolidation(result, { ...(options.region ? { region: options.region } : {}), ...(cutoff ? { cutoff } : {}) });
  const { spec, errors, notices } = generateNarrative(input, options.lines);
  const text = renderPlainText(spec);
  return { input, text, errors, notices, plans: [planNarrativeSheet(result.template, text), planNarrativeData(input)] };
}
