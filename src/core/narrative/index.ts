/** The narrative (综述): formatting, the spec, the renderers, the generators and the template language. */
export {
  formatCount,
  formatMoney,
  formatPercent,
  formatRate,
  formatChange,
  formatChineseCount,
  formatChineseOrdinal,
  ordinalLead,
  formatDate,
  formatDateTime,
  formatChineseDate,
  formatCutoff,
  joinList,
  joinClauses,
  bookTitle,
} from "./format";
export type {
  CountOptions,
  MoneyOptions,
  MoneyUnit,
  FigureOptions,
  FormattedNumber,
  NumberQualifier,
  ChangeOptions,
  FormattedChange,
  CalendarDate,
  DateLike,
  DateOptions,
  DateTimeOptions,
  CutoffOptions,
} from "./format";
export { textPhrase, entityPhrase, sentence } from "./spec";
export type { EntityKind, EntityPhrase, EntitySource, NarrativeSpec, Phrase, Section, Sentence, TextPhrase, EntityDisplay } from "./spec";
export { renderPlainText, renderMarkdown, sectionPieces } from "./render";
export type { PlainTextOptions, MarkdownOptions, Piece } from "./render";
export { generateNarrative, narrativeInputFromConsolidation, isNothingNew } from "./generate";
export type { GeneratedNarrative, NarrativeInput, NarrativeCutoff, NarrativeTotal, UnitsReported, UnitFigures, LedgerState, ConsolidationExtras } from "./generate";
export { parseSentenceTemplate, compileSentenceTemplate, renderSentenceTemplate, FILTER_NAMES } from "./sentence-template";
export type { TemplateError, TemplateErrorCode, TemplateLine, CompiledTemplate } from "./sentence-template";
export { DEFAULT_NARRATIVES, defaultNarrativeFor } from "./defaults";
export { NARRATIVE_DATA_SHEET, NARRATIVE_SHEET, planNarrativeData, narrativeDataFrom, planNarrativeSheet } from "./narrative-sheets";
export { summaryNarrative } from "./summary-narrative";
export type { SummaryNarrative } from "./summary-narrative";
export { cutoffFromPeriod } from "./generate/cutoff-from-period";
export { narrativeInputFromSummary } from "./narrative-from-summary";
export { REGISTER_RULES, REPORT_NUMBER_STYLE, REPORT_MONEY_STYLE, COMPARISON_WORDS, periodRelation } from "./register";
export type { RegisterRule, PeriodRelation, ComparisonWords } from "./register";
